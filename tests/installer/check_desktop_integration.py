#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Desktop integration files in resources/, as a desktop and a software centre read them.

    check_desktop_integration.py <source dir> [<udev rule> ...]

- the desktop entry passes desktop-file-validate, the AppStream metainfo passes
  `appstreamcli validate --pedantic` (offline: --no-net), when those tools are installed;
- one application id everywhere: the desktop file's name, its Icon=, the metainfo's <id>
  and <launchable>, the icon files (every hicolor size and the SVG), main.cpp's
  setDesktopFileName (through GATTSCOPE_APP_ID in cmake/GattscopeInstall.cmake);
- the metainfo's screenshots are docs/screenshots files of the stated size, and its
  <modalias> names the BLED112 the udev rule is for;
- each udev rule file (default: resources/udev/*.rules) gives the BLED112 (2458:0001) to
  the seat's user (TAG+="uaccess" on the tty), hides it from ModemManager, names a
  SUBSYSTEM wherever it matches idVendor/idProduct (as lintian asks), and sorts before
  73-seat-late.rules, which turns the uaccess tag into an ACL.

Prints one line per problem and exits 1 when there is any."""
import glob
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

problems = []
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def png_size(path):
    with open(path, 'rb') as f:
        head = f.read(24)
    if head[:8] != b'\x89PNG\r\n\x1a\n':
        return None
    return struct.unpack('>II', head[16:24])


def tool(argv, what):
    if not shutil.which(argv[0]):
        print(f'note: {argv[0]} is not installed; {what} not validated (scripts/install-deps installs it)')
        return
    out = subprocess.run(argv, capture_output=True, text=True)
    text = (out.stdout + out.stderr).strip()
    # desktop-file-validate prints nothing when the file is fine (hints included).
    if out.returncode != 0 or (argv[0] == 'desktop-file-validate' and text):
        problems.append(f'{what}: {argv[0]} says:\n{text}')


def check_udev_rule(path):
    name = os.path.basename(path)
    if not re.match(r'^([0-6]\d|7[0-2])-', name):
        problems.append(f'{name}: must sort before 73-seat-late.rules (e.g. 60-…) for uaccess to work')
    text = open(path, encoding='utf-8').read().replace('\\\n', '')
    rules = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith('#')]
    matching = [r for r in rules if re.search(r'ATTRS?\{idVendor\}=="2458"', r)
                and re.search(r'ATTRS?\{idProduct\}=="0001"', r)]
    if not matching:
        problems.append(f'{name}: no rule matches the BLED112 (idVendor 2458, idProduct 0001)')
    for r in rules:
        if re.search(r'ATTRS?\{id(Vendor|Product)\}', r) and not re.search(r'SUBSYSTEMS?=="[^"]+"', r):
            problems.append(f'{name}: a rule matches idVendor/idProduct without a SUBSYSTEM: {r.strip()}')
        if re.search(r'MODE="0?666"|GROUP="plugdev"', r) and 'TAG+="uaccess"' not in r:
            problems.append(f'{name}: opens the device to everyone or plugdev without TAG+="uaccess": {r.strip()}')
    if not any('SUBSYSTEM=="tty"' in r and 'TAG+="uaccess"' in r for r in matching):
        problems.append(f'{name}: the BLED112\'s tty is not tagged "uaccess"')
    if not any('ENV{ID_MM_DEVICE_IGNORE}="1"' in r for r in matching):
        problems.append(f'{name}: the BLED112 is not hidden from ModemManager (ENV{{ID_MM_DEVICE_IGNORE}}="1")')


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    src = argv[1]
    install_cmake = open(os.path.join(src, 'cmake/GattscopeInstall.cmake'), encoding='utf-8').read()
    app_id = re.search(r'set\(GATTSCOPE_APP_ID "([^"]+)"\)', install_cmake).group(1)

    desktop = os.path.join(src, 'resources/desktop', app_id + '.desktop')
    metainfo = os.path.join(src, 'resources/desktop', app_id + '.metainfo.xml')
    for path in (desktop, metainfo):
        if not os.path.exists(path):
            problems.append(f'{os.path.relpath(path, src)} is missing (the application id is {app_id})')
    if problems:
        return report()

    tool(['desktop-file-validate', desktop], os.path.basename(desktop))
    tool(['appstreamcli', 'validate', '--no-net', '--pedantic', '--no-color', metainfo], os.path.basename(metainfo))

    entry = dict(re.findall(r'^(\w+)=(.*)$', open(desktop, encoding='utf-8').read(), re.M))
    if entry.get('Icon') != app_id:
        problems.append(f'desktop entry: Icon={entry.get("Icon")}, expected {app_id}')
    if entry.get('Exec', '').split()[0:1] != ['gattscope']:
        problems.append(f'desktop entry: Exec={entry.get("Exec")} does not start gattscope')

    component = ET.parse(metainfo).getroot()
    if component.findtext('id') != app_id:
        problems.append(f'metainfo: <id> {component.findtext("id")}, expected {app_id}')
    if component.findtext('launchable') != app_id + '.desktop':
        problems.append(f'metainfo: <launchable> {component.findtext("launchable")}, expected {app_id}.desktop')
    for image in component.iter('image'):
        url = image.text.strip()
        local = os.path.join(src, 'docs/screenshots', url.rsplit('/', 1)[-1])
        if '/docs/screenshots/' not in url or not os.path.exists(local):
            problems.append(f'metainfo: screenshot {url} is not a file of docs/screenshots/')
            continue
        want = (int(image.get('width', 0)), int(image.get('height', 0)))
        if png_size(local) != want:
            problems.append(f'metainfo: {os.path.basename(local)} is {png_size(local)}, the metainfo says {want}')
    aliases = [m.text for m in component.iter('modalias')]
    if 'usb:v2458p0001d*' not in aliases:
        problems.append('metainfo: <provides> lacks <modalias>usb:v2458p0001d*</modalias> (the BLED112)')

    for size in SIZES:
        png = os.path.join(src, f'resources/icons/hicolor/{size}x{size}/apps/{app_id}.png')
        if not os.path.exists(png):
            problems.append(f'icon missing: {os.path.relpath(png, src)}')
        elif png_size(png) != (size, size):
            problems.append(f'icon {os.path.relpath(png, src)} is {png_size(png)}')

    main_cpp = open(os.path.join(src, 'app/gui/main.cpp'), encoding='utf-8').read()
    if 'setDesktopFileName(QStringLiteral(GATTSCOPE_APP_ID))' not in main_cpp:
        problems.append('app/gui/main.cpp does not call setDesktopFileName(GATTSCOPE_APP_ID)')

    rules = argv[2:] or sorted(glob.glob(os.path.join(src, 'resources/udev/*.rules')))
    if not rules:
        problems.append('no udev rule in resources/udev/')
    for rule in rules:
        check_udev_rule(rule)
    return report()


def report():
    for p in problems:
        print(p)
    print(f'check_desktop_integration: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
