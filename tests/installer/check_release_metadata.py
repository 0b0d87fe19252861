#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""One version everywhere a release is described.

    check_release_metadata.py <source dir> <project version>

The project's version (CMakeLists.txt) is the newest entry of the Debian changelog
(installer/debian/changelog, as <version>-<revision>, well-formed for
dpkg-parsechangelog when it is installed), of the RPM changelog and of the AppStream
metainfo's <releases>, whose dates agree. A version bump without its release notes
fails here.

Prints one line per problem and exits 1 when there is any."""
import datetime
import email.utils
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

problems = []


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    src, version = argv[1], argv[2]

    debian = os.path.join(src, 'installer/debian/changelog')
    text = open(debian, encoding='utf-8').read()
    head = re.match(r'^gattscope \(([^)]+)\) \S+; urgency=\w+\n', text)
    if not head or not re.fullmatch(re.escape(version) + r'-\d+', head.group(1)):
        problems.append(f'installer/debian/changelog: the newest entry is not {version}-<revision>')
    trailer = re.search(r'^ -- .+ <.+>  (.+)$', text, re.M)
    deb_date = email.utils.parsedate_to_datetime(trailer.group(1)).date() if trailer else None
    if shutil.which('dpkg-parsechangelog'):
        out = subprocess.run(['dpkg-parsechangelog', '-l', debian, '-S', 'Version'],
                             capture_output=True, text=True)
        if out.returncode != 0 or out.stderr.strip():
            problems.append(f'installer/debian/changelog: dpkg-parsechangelog: {out.stderr.strip()}')

    rpm = open(os.path.join(src, 'installer/rpm/changelog'), encoding='utf-8').read()
    m = re.match(r'^\* (\w{3} \w{3} \d{2} \d{4}) .+ - (\S+)$', rpm, re.M)
    if not m or not re.fullmatch(re.escape(version) + r'-\d+', m.group(2)):
        problems.append(f'installer/rpm/changelog: the newest entry is not {version}-<release>')
    rpm_date = datetime.datetime.strptime(m.group(1), '%a %b %d %Y').date() if m else None

    metainfo = [f for f in os.listdir(os.path.join(src, 'resources/desktop')) if f.endswith('.metainfo.xml')]
    root = ET.parse(os.path.join(src, 'resources/desktop', metainfo[0])).getroot()
    releases = root.findall('releases/release')
    if not releases or releases[0].get('version') != version:
        problems.append(f'metainfo: the newest <release> is not {version}')
    meta_date = datetime.date.fromisoformat(releases[0].get('date')) if releases else None

    if len({deb_date, rpm_date, meta_date}) != 1:
        problems.append(f'release dates differ: Debian {deb_date}, RPM {rpm_date}, metainfo {meta_date}')

    for p in problems:
        print(p)
    print(f'check_release_metadata: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
