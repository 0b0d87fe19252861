#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The Windows and macOS packaging, evaluated on Linux.

    check_platform.py <source dir> <work dir> <project version>

Configures tests/installer/platform (a stand-in project) twice, pretending to be Windows
and macOS, so that the if(WIN32) and if(APPLE) branches of installer/windows/windows.cmake
and installer/macos/macos.cmake run; then checks what they made:
- Windows: the GUI is a WIN32 program with its .rc (icon, version = project version,
  balanced BEGIN/END), the CLI has a version resource, windeployqt is asked for the GUI,
  the CLI, libgattscope and Qt SVG; Start-menu and desktop shortcuts, the BLED112 note;
- macOS: the bundle's Info.plist template is a property list with the bundle id, version,
  icon and NSBluetoothAlwaysUsageDescription; the programs and the library go inside
  gattscope.app, which macdeployqt deploys and codesign signs; the disk image has its
  background and Finder script, which places both icons.

Prints one line per problem and exits 1 when there is any."""
import os
import plistlib
import re
import shutil
import subprocess
import sys

problems = []


def configure(src, work, pretend, version):
    build = os.path.join(work, pretend)
    shutil.rmtree(build, ignore_errors=True)
    out = subprocess.run([os.environ.get('CMAKE', 'cmake'), '-S', os.path.join(src, 'tests/installer/platform'), '-B', build,
                          f'-DPRETEND={pretend}', f'-DGATTSCOPE_SOURCE_DIR={src}',
                          f'-DGATTSCOPE_VERSION={version}'],
                         capture_output=True, text=True)
    if out.returncode != 0:
        problems.append(f'{pretend}: the configure step failed:\n{out.stdout[-2000:]}{out.stderr[-2000:]}')
        return None, {}
    result = dict(line.split('=', 1) for line in open(os.path.join(build, 'result.txt')).read().splitlines())
    return build, result


def expect(cond, message):
    if not cond:
        problems.append(message)


def check_windows(src, work, version):
    build, r = configure(src, work, 'Windows', version)
    if build is None:
        return
    expect(r['WIN32_EXECUTABLE'] == 'ON', 'Windows: gattscope is not a WIN32_EXECUTABLE')
    major, minor, patch = version.split('.')
    for name in ('gattscope', 'gattscope-cli'):
        path = os.path.join(build, 'windows', name + '.rc')
        if not os.path.exists(path):
            problems.append(f'Windows: no version resource for {name}')
            continue
        rc = open(path, encoding='utf-8').read()
        expect(f'FILEVERSION     {major},{minor},{patch},0' in rc, f'Windows: {name}.rc FILEVERSION is not {version}')
        expect(f'"ProductVersion",   "{version}"' in rc, f'Windows: {name}.rc ProductVersion is not {version}')
        expect(f'"OriginalFilename", "{name}.exe"' in rc, f'Windows: {name}.rc names another file')
        expect(len(re.findall(r'^\s*BEGIN\s*$', rc, re.M)) == len(re.findall(r'^\s*END\s*$', rc, re.M)),
               f'Windows: {name}.rc has unbalanced BEGIN/END')
        expect('@' not in re.sub(r'//.*', '', rc), f'Windows: {name}.rc has an unconfigured @VARIABLE@')
        has_icon = re.search(r'^IDI_ICON1 ICON "(.+)"$', rc, re.M)
        if name == 'gattscope':
            expect(has_icon and os.path.exists(has_icon.group(1)), 'Windows: gattscope.rc has no icon file')
            expect(os.path.join(build, 'windows', 'gattscope.rc') in r['SOURCES'], 'Windows: gattscope.rc is not compiled in')
        else:
            expect(not has_icon, 'Windows: the CLI has an icon resource')
    deploy = open(os.path.join(build, 'deploy-gattscope.cmake')).read() \
        if os.path.exists(os.path.join(build, 'deploy-gattscope.cmake')) else ''
    for needle in ('qt_deploy_runtime_dependencies', '/gattscope', '/gattscope-cli', 'ADDITIONAL_LIBRARIES',
                   'DEPLOY_TOOL_OPTIONS --svg'):
        expect(needle in deploy, f'Windows: the deploy script lacks {needle!r}')
    expect(r['PACKAGE_EXECUTABLES'] == 'gattscope;gattscope', 'Windows: no Start-menu shortcut for gattscope')
    expect(r['DESKTOP_LINKS'] == 'gattscope', 'Windows: no desktop shortcut')
    expect('README-Windows.txt' in r['MENU_LINKS'], 'Windows: the BLED112 note is not in the Start menu')
    expect(os.path.exists(r['NSIS_ICON']), 'Windows: the installer icon is missing')


def check_macos(src, work, version):
    build, r = configure(src, work, 'macOS', version)
    if build is None:
        return
    expect(r['BUNDLE_ID'] == 'io.github.gattscope.gattscope', f'macOS: bundle id {r["BUNDLE_ID"]}')
    expect(r['ICON'] == 'gattscope.icns' and 'gattscope.icns' in r['SOURCES'], 'macOS: the .icns is not in the bundle')
    expect('Qt6::Svg' in r['LINKS'], 'macOS: the GUI does not link Qt SVG, so macdeployqt would leave the icon engine out')
    expect(r['INSTALL_BINDIR'] == 'gattscope.app/Contents/MacOS', 'macOS: the CLI is not installed into the bundle')
    expect(r['INSTALL_LIBDIR'] == 'gattscope.app/Contents/Frameworks', 'macOS: libgattscope is not in Frameworks')
    expect(r['INSTALL_RPATH'] == '@executable_path/../Frameworks', 'macOS: the programs do not look in Frameworks')
    template = open(r['INFO_PLIST'], encoding='utf-8').read()
    values = {'MACOSX_BUNDLE_EXECUTABLE_NAME': 'gattscope', 'MACOSX_BUNDLE_ICON_FILE': 'gattscope.icns',
              'MACOSX_BUNDLE_GUI_IDENTIFIER': r['BUNDLE_ID'], 'MACOSX_BUNDLE_BUNDLE_NAME': 'gattscope',
              'MACOSX_BUNDLE_SHORT_VERSION_STRING': version, 'MACOSX_BUNDLE_BUNDLE_VERSION': version,
              'MACOSX_BUNDLE_INFO_STRING': 'x', 'MACOSX_BUNDLE_COPYRIGHT': 'x', 'GATTSCOPE_MACOS_MINIMUM': '12.0'}
    unknown = set(re.findall(r'\$\{(\w+)\}', template)) - set(values)
    expect(not unknown, f'macOS: Info.plist.in uses variables nobody sets: {sorted(unknown)}')
    try:
        plist = plistlib.loads(re.sub(r'\$\{(\w+)\}', lambda m: values.get(m.group(1), ''), template).encode())
        for key in ('CFBundleIdentifier', 'CFBundleShortVersionString', 'CFBundleVersion', 'CFBundleIconFile',
                    'CFBundleExecutable', 'NSBluetoothAlwaysUsageDescription', 'LSMinimumSystemVersion'):
            expect(plist.get(key), f'macOS: Info.plist has no {key}')
    except Exception as e:  # plistlib raises several kinds
        problems.append(f'macOS: Info.plist.in is not a property list: {e}')
    deploy_path = os.path.join(build, 'deploy-gattscope.cmake')
    deploy = open(deploy_path).read() if os.path.exists(deploy_path) else ''
    for needle in ('EXECUTABLE gattscope.app', 'Contents/MacOS/gattscope-cli', 'Contents/MacOS/gattscope-sim',
                   'Contents/Frameworks/', 'codesign'):
        expect(needle in deploy, f'macOS: the deploy script lacks {needle!r}')
    expect(os.path.exists(r['DMG_BACKGROUND']), 'macOS: the disk image background is missing')
    script = open(r['DMG_SCRIPT'], encoding='utf-8').read() if os.path.exists(r['DMG_SCRIPT']) else ''
    ext = os.path.splitext(r['DMG_BACKGROUND'])[1]
    expect(f'file ".background:background{ext}"' in script, 'macOS: the Finder script names another background')
    for item in ('gattscope.app', 'Applications'):
        expect(f'position of item "{item}"' in script, f'macOS: the Finder script does not place {item}')


def main(argv):
    if len(argv) != 4:
        print(__doc__)
        return 2
    if not shutil.which(os.environ.get('CMAKE', 'cmake')):
        print('check_platform: cmake is not on PATH (or in $CMAKE); not checked')
        return 77
    src, work, version = argv[1], argv[2], argv[3]
    os.makedirs(work, exist_ok=True)
    check_windows(src, work, version)
    check_macos(src, work, version)
    for p in problems:
        print(p)
    print(f'check_platform: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
