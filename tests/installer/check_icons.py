#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The rendered icons are those of today's SVGs.

    check_icons.py <source dir>

scripts/render-icons renders resources/icons/gattscope.svg (and the disk image's
background) into the committed PNG, .ico and .icns files and writes the SVGs' SHA-256 to
resources/icons/rendered-from.sha256. This fails when an SVG changed since, and checks
that the .ico and .icns hold the sizes Windows and macOS ask for.

Prints one line per problem and exits 1 when there is any."""
import hashlib
import os
import struct
import sys

problems = []


def main(argv):
    src = argv[1] if len(argv) > 1 else '.'
    stamp = os.path.join(src, 'resources/icons/rendered-from.sha256')
    for line in open(stamp, encoding='utf-8'):
        digest, name = line.split(None, 1)
        name = name.strip()
        actual = hashlib.sha256(open(os.path.join(src, name), 'rb').read()).hexdigest()
        if actual != digest:
            problems.append(f'{name} changed since its icons were rendered: run scripts/render-icons')

    # Windows: ICONDIR (reserved 0, type 1, count), then 16-byte entries (0 means 256).
    ico = open(os.path.join(src, 'installer/windows/gattscope.ico'), 'rb').read()
    reserved, kind, count = struct.unpack('<HHH', ico[:6])
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)} if (reserved, kind) == (0, 1) else set()
    for size in (16, 24, 32, 48, 256):
        if size not in sizes:
            problems.append(f'installer/windows/gattscope.ico has no {size}x{size} image (has {sorted(sizes)})')

    # macOS: 'icns', length, then (type, length) elements.
    icns = open(os.path.join(src, 'installer/macos/gattscope.icns'), 'rb').read()
    types, pos = set(), 8
    while icns[:4] == b'icns' and pos + 8 <= len(icns):
        kind, length = struct.unpack('>4sI', icns[pos:pos + 8])
        types.add(kind.decode('latin-1'))
        pos += max(length, 8)
    for kind, what in (('ic08', '256'), ('ic09', '512'), ('ic10', '1024'), ('il32', '32')):
        if kind not in types:
            problems.append(f'installer/macos/gattscope.icns has no {what} px image ({kind})')

    for p in problems:
        print(p)
    print(f'check_icons: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
