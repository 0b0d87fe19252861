#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The manual pages in docs/man/ against the programs they describe.

    check_manpages.py <version> <page.1> <program> [<page.1> <program> ...]

For each page: every long option that `<program> --help` lists is described in the page;
for a program with commands (gattscope-cli), every command of `--help` has a `.SS` entry
and every option of `<program> <command> --help` is described in it. The .TH line names
<version>. When `man` is installed, the page renders without a warning (what lintian's
groff-message check runs).

Prints one line per problem and exits 1 when there is any."""
import os
import re
import shutil
import subprocess
import sys

problems = []


def run_help(argv):
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen', LC_ALL='C.UTF-8')
    out = subprocess.run(argv + ['--help'], capture_output=True, text=True, env=env, timeout=60)
    if out.returncode != 0:
        problems.append(f'{" ".join(argv)} --help: exit status {out.returncode}: {out.stderr.strip()}')
    return out.stdout


def long_options(help_text):
    """The long options of a QCommandLineParser --help, without Qt's --help-all."""
    section = help_text.split('Options:', 1)[-1].split('Arguments:', 1)[0]
    return sorted(set(re.findall(r'^\s+(?:-\w, )?--([\w-]+)', section, re.M)))


def commands(help_text):
    section = help_text.split('Commands:', 1)[-1] if 'Commands:' in help_text else ''
    return re.findall(r'^  (\w[\w-]*)\s{2,}', section.split('\n\n')[0], re.M)


def plain(roff):
    """The text of a roff source, without escapes and fonts: what a reader searches."""
    text = re.sub(r'\\f[BIRP]|\\f\(\w\w|\\&|\\\|', '', roff)
    return text.replace('\\-', '-').replace('\\(em', '--')


def check_page(version, page, program):
    roff = open(page, encoding='utf-8').read()
    text = plain(roff)
    name = os.path.basename(page)
    th = re.search(r'^\.TH\s+\S+\s+1\s+\S+\s+"gattscope ([^"]+)"', roff, re.M)
    if not th or th.group(1) != version:
        problems.append(f'{name}: the .TH line does not name gattscope {version}')
    top = run_help([program])
    for option in long_options(top):
        if f'--{option}' not in text:
            problems.append(f'{name}: option --{option} of `{os.path.basename(program)} --help` is not described')
    sections = re.split(r'^\.SS\s+', text, flags=re.M)[1:]
    for command in commands(top):
        entry = next((s for s in sections if s.strip('"').startswith(command + ' ')
                      or s.strip('"').rstrip().startswith(command + '"')), None)
        if entry is None:
            problems.append(f'{name}: command `{command}` has no .SS entry under COMMANDS')
            continue
        for option in long_options(run_help([program, command])):
            if option in ('json', 'help', 'help-all'):  # global: described once under OPTIONS
                continue
            if f'--{option}' not in entry:
                problems.append(f'{name}: option --{option} of `{command} --help` is not in its .SS entry')
    if shutil.which('man'):
        env = dict(os.environ, MANWIDTH='80', LC_ALL='C.UTF-8')
        out = subprocess.run(['man', '--warnings', '-E', 'UTF-8', '-l', '-Tutf8', '-Z', page],
                             capture_output=True, text=True, env=env)
        for line in out.stderr.splitlines():
            problems.append(f'{name}: man: {line}')


def main(argv):
    if len(argv) < 4 or len(argv) % 2:
        print(__doc__)
        return 2
    version = argv[1]
    for page, program in zip(argv[2::2], argv[3::2]):
        check_page(version, page, program)
    for p in problems:
        print(p)
    print(f'check_manpages: {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
