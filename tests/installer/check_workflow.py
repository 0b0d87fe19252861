#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The GitHub Actions workflow, checked where it cannot run: here.

    check_workflow.py <workflow.yml> <source dir>

Parses the workflow with a YAML parser (PyYAML: python3-yaml) and checks the structure the
project relies on:
- it runs on pushes and pull requests;
- a job on each of an Ubuntu, a Windows and a macOS runner, and every job checks out the
  code, tests (ctest, or .ci/run which runs `make test`), packages (cpack with the
  generator of its system, or the package test) and uploads what it made with
  actions/upload-artifact, failing when there is nothing to upload;
- every action is pinned to a version; every ${{ env.X }} is defined; every file of the
  repository that a step names exists.

Prints one line per problem and exits 1 when there is any (77: no YAML parser)."""
import os
import re
import sys

try:
    import yaml
except ImportError:
    print('check_workflow: PyYAML is missing (apt-get install python3-yaml); not checked')
    sys.exit(77)

problems = []

# runner family -> (job must package with, artifact file pattern)
EXPECTED = {
    'ubuntu': None,  # several jobs: each checked by what it packages
    'windows': ('-G NSIS', '*.exe'),
    'macos': ('-G DragNDrop', '*.dmg'),
}


def steps_text(job, key):
    return '\n'.join(str(step.get(key, '')) for step in job.get('steps', []))


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    path, src = argv[1], argv[2]
    try:
        flow = yaml.safe_load(open(path, encoding='utf-8'))
    except yaml.YAMLError as e:
        print(f'{path}: not valid YAML: {e}')
        return 1
    name = os.path.basename(path)
    if not isinstance(flow, dict):
        print(f'{name}: not a mapping')
        return 1

    # YAML 1.1 reads the key `on` as true.
    triggers = flow.get('on', flow.get(True))
    triggers = [triggers] if isinstance(triggers, str) else list(triggers or [])
    for event in ('push', 'pull_request'):
        if event not in triggers:
            problems.append(f'{name}: does not run on {event}')

    defined_env = set((flow.get('env') or {}).keys())
    jobs = flow.get('jobs') or {}
    families = set()
    for job_id, job in jobs.items():
        where = f'{name}: job {job_id}'
        runner = str(job.get('runs-on', ''))
        family = next((f for f in EXPECTED if runner.startswith(f)), None)
        if family is None:
            problems.append(f'{where}: runs on {runner!r}, not an ubuntu/windows/macos runner')
            continue
        families.add(family)
        steps = job.get('steps') or []
        if not steps:
            problems.append(f'{where}: has no steps')
            continue
        uses = [str(s.get('uses', '')) for s in steps if 'uses' in s]
        runs = steps_text(job, 'run')
        for action in uses:
            if not re.search(r'@(v\d+(\.\d+)*|[0-9a-f]{40})$', action):
                problems.append(f'{where}: action {action} is not pinned to a version')
        if not any(u.startswith('actions/checkout@') for u in uses):
            problems.append(f'{where}: does not check out the code')
        if 'ctest' not in runs and '.ci/run' not in runs:
            problems.append(f'{where}: does not run the tests (ctest or .ci/run)')

        uploads = [s for s in steps if str(s.get('uses', '')).startswith('actions/upload-artifact@')]
        if not uploads:
            problems.append(f'{where}: uploads no artifact')
        for step in uploads:
            with_ = step.get('with') or {}
            if with_.get('if-no-files-found') != 'error':
                problems.append(f'{where}: its upload does not fail when there is nothing to upload')
            if not with_.get('name') or not with_.get('path'):
                problems.append(f'{where}: its upload has no name or path')
        artifact_paths = '\n'.join(str((s.get('with') or {}).get('path', '')) for s in uploads)

        if family in ('windows', 'macos'):
            generator, pattern = EXPECTED[family]
            if not re.search(r'cpack\b.*' + re.escape(generator), runs):
                problems.append(f'{where}: does not package with cpack {generator}')
            if pattern not in artifact_paths:
                problems.append(f'{where}: does not upload the {pattern} it makes')
        elif '.ci/run' in runs:
            if '*.deb' not in artifact_paths:
                problems.append(f'{where}: runs .ci/run but does not upload the .deb')
        elif re.search(r'cpack\b.*-G RPM', runs):
            if '*.rpm' not in artifact_paths:
                problems.append(f'{where}: makes RPMs but does not upload them')
        else:
            problems.append(f'{where}: packages nothing (.ci/run, or cpack -G RPM)')

        job_env = set((job.get('env') or {}).keys())
        for step in steps:
            step_env = set((step.get('env') or {}).keys())
            text = yaml.safe_dump(step)
            for var in re.findall(r'\$\{\{\s*env\.(\w+)\s*\}\}', text):
                if var not in defined_env | job_env | step_env:
                    problems.append(f'{where}: ${{{{ env.{var} }}}} is not defined')
            for ref in re.findall(r'(?<![\w$/.-])((?:\.ci|\.github|scripts|tests)/[\w./-]+)', text):
                if not os.path.exists(os.path.join(src, ref)):
                    problems.append(f'{where}: names {ref}, which is not in the repository')

    for family in EXPECTED:
        if family not in families:
            problems.append(f'{name}: no job on a {family} runner')

    for p in problems:
        print(p)
    print(f'check_workflow: {len(jobs)} job(s), {len(problems)} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
