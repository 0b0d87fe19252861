#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The layout rules of docs/HACKING.md, checked on every header and source file:

1. "x.h" includes only name a file of the including file's own folder.
2. <gattscope/...> includes name a file that exists at that path in the tree.
3. A public header (not *_p.h) never includes a private one, and no file includes
   another folder's *_p.h.
4. ui/ never includes a backend header (only app/ composes backends and views).
5. core/ includes no Qt module but Qt Core (no widgets, serial port, D-Bus, Bluetooth).

Prints one line per violation and exits 1 when there is any."""
import os
import re
import sys

root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..'))
product = ('core', 'backends', 'device', 'ui', 'app')
include = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
not_core = re.compile(r'^(QtWidgets|QtGui|QtSerialPort|QtDBus|QtBluetooth|QtNetwork)/|^Q(Widget|Application|'
                      r'SerialPort|DBus|Bluetooth|LowEnergy|Painter|Pixmap|Image|Color|Font|Icon)')

problems = []
for top in product:
    for dirpath, _, names in os.walk(os.path.join(root, top)):
        for name in names:
            if not name.endswith(('.h', '.cpp')):
                continue
            path = os.path.join(dirpath, name)
            rel = os.path.relpath(path, root)
            text = open(path, encoding='utf-8').read()
            for m in include.finditer(text):
                kind, target = m.group(1), m.group(2)
                line = text.count('\n', 0, m.start()) + 1
                where = f'{rel}:{line}'
                if kind == '"':
                    if '/' in target or not os.path.exists(os.path.join(dirpath, target)):
                        problems.append(f'{where}: "{target}" is not in this folder; include it as <gattscope/...>')
                    elif target.endswith('_p.h') and not name.endswith(('_p.h', '.cpp')):
                        problems.append(f'{where}: public header includes private "{target}"')
                    continue
                if target.startswith('gattscope/'):
                    tree_path = target[len('gattscope/'):]
                    if not os.path.exists(os.path.join(root, tree_path)):
                        problems.append(f'{where}: <{target}> does not exist in the tree')
                    if tree_path.endswith('_p.h'):
                        problems.append(f'{where}: <{target}> is another folder\'s private header')
                    if rel.startswith('ui/') and tree_path.startswith('backends/'):
                        problems.append(f'{where}: ui includes a backend header <{target}>')
                elif rel.startswith('core/') and not_core.search(target):
                    problems.append(f'{where}: core includes <{target}>; core links Qt Core only')

for p in problems:
    print(p)
print(f'check_layout: {len(problems)} problem(s)')
sys.exit(1 if problems else 0)
