#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks the Qt Linguist catalogs (translations/README.md) against the sources.

For every catalog and language it copies the .ts file to a temporary folder, runs lupdate
on the sources into the copy with the options the update_translations target uses, and
compares. It reports:
  - a source string that the .ts file lacks (lupdate would add it, unfinished);
  - an entry whose string is no longer in the sources (lupdate would drop it);
  - a translation that is unfinished or empty (also one empty plural form);
  - a translation that loses or invents a placeholder (%1, %L2, %n) or drops the
    keyboard mnemonic (&) of its source;
  - a tr() that lupdate cannot give the context the program uses at run time (its
    warnings "tr() cannot be called without context", "lacks Q_OBJECT macro"): such a
    string is in the catalog under a context that never matches, so it stays English.
Catalogs named with --partial may have unfinished translations and context warnings
(they are counted, not failed). Exit status 1 and "check_translations: N problem(s)" when
something is wrong.

  check_translations.py --lupdate /usr/lib/qt6/bin/lupdate --root SRC --ts-dir DIR \\
      --catalog gattscope=ui,app/gui --catalog libgattscope=core,backends \\
      --languages en,de,fr,es,ja,zh_CN [--partial libgattscope]
"""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

LUPDATE_OPTIONS = ["-no-obsolete", "-locations", "none"]  # cmake/GattscopeTranslations.cmake
PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
MNEMONIC = re.compile(r"&(?!&)\S")
CONTEXT_WARNING = re.compile(r"^(?P<where>\S+:\d+): (?P<what>tr\(\) cannot be called without context|"
                             r"Class '[^']*' lacks Q_OBJECT macro)")


def messages(path):
    """{(context, source, comment): (translations, finished)} of a .ts file."""
    result = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            forms = translation.findall("numerusform") if translation is not None else []
            if message.get("numerus") == "yes":
                texts = [f.text or "" for f in forms] or [""]
            else:
                texts = [translation.text or "" if translation is not None else ""]
            finished = kind != "unfinished" and all(t.strip() for t in texts)
            result[key] = (texts, finished)
    return result


def short(key):
    context, source, comment = key
    text = source if len(source) <= 70 else source[:67] + "..."
    return f"{context}: \"{text}\"" + (f" ({comment})" if comment else "")


def check_translation(key, texts):
    """Placeholder and mnemonic problems of one finished translation."""
    problems = []
    source = key[1]
    wanted = sorted(set(PLACEHOLDER.findall(source)))
    for text in texts:
        found = sorted(set(PLACEHOLDER.findall(text)))
        # A plural form may leave %n out ("one entry" for n == 1 in some languages); every
        # other placeholder must be there, and none may be invented.
        missing = [p for p in wanted if p not in found and p != "%n"]
        extra = [p for p in found if p not in wanted]
        if missing or extra:
            problems.append(f"placeholders differ ({' '.join(missing + extra)}) in {short(key)}: \"{text}\"")
        if MNEMONIC.search(source) and not MNEMONIC.search(text):
            problems.append(f"keyboard mnemonic (&) lost in {short(key)}: \"{text}\"")
    return problems


def check_catalog(args, catalog, dirs, language, scratch, lupdate_warnings):
    problems, notes = [], []
    ts = Path(args.ts_dir) / f"{catalog}_{language}.ts"
    if not ts.is_file():
        return [f"{ts}: missing"], notes
    copy = Path(scratch) / ts.name
    shutil.copyfile(ts, copy)
    command = [args.lupdate, *LUPDATE_OPTIONS]
    if language == "en":
        command.append("-pluralonly")
    command += [str(Path(args.root) / d) for d in dirs] + ["-ts", str(copy)]
    run = subprocess.run(command, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        return [f"{ts.name}: lupdate failed: {run.stderr.strip()}"], notes
    for line in (run.stdout + run.stderr).splitlines():
        match = CONTEXT_WARNING.match(line.strip())
        if match:
            where = match["where"].replace(str(Path(args.root).resolve()) + "/", "")
            lupdate_warnings.add(f"{where}: {match['what']}")

    have = messages(ts)
    want = messages(copy)
    for key in sorted(set(want) - set(have)):
        problems.append(f"{ts.name}: not in the .ts file (run the update_translations target): {short(key)}")
    for key in sorted(set(have) - set(want)):
        problems.append(f"{ts.name}: no longer in the sources: {short(key)}")
    unfinished = [key for key in sorted(have) if key in want and not have[key][1]]
    finished = [key for key in sorted(have) if key in want and have[key][1]]
    for key in finished:
        problems += [f"{ts.name}: {p}" for p in check_translation(key, have[key][0])]
    if catalog in args.partial:
        notes.append(f"{ts.name}: {len(finished)} finished, {len(unfinished)} unfinished (partial catalog)")
    else:
        problems += [f"{ts.name}: unfinished translation: {short(key)}" for key in unfinished]
        notes.append(f"{ts.name}: {len(finished)} finished, {len(unfinished)} unfinished")
    return problems, notes


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--root", required=True, help="the source tree")
    parser.add_argument("--ts-dir", required=True)
    parser.add_argument("--catalog", action="append", required=True, help="name=dir,dir")
    parser.add_argument("--languages", default="en,de,fr,es,ja,zh_CN")
    parser.add_argument("--partial", action="append", default=[])
    args = parser.parse_args()

    problems, notes = [], []
    with tempfile.TemporaryDirectory(prefix="check_translations-") as scratch:
        for spec in args.catalog:
            catalog, _, dirs = spec.partition("=")
            warnings = set()
            for language in args.languages.split(","):
                p, n = check_catalog(args, catalog, dirs.split(","), language, scratch, warnings)
                problems += p
                notes += n
            for warning in sorted(warnings):
                line = f"{catalog}: lupdate cannot see the run-time context of {warning}"
                (notes if catalog in args.partial else problems).append(line)
    for line in notes:
        print(line)
    for line in problems:
        print(f"problem: {line}")
    if problems:
        print(f"check_translations: {len(problems)} problem(s)")
        return 1
    print("check_translations: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
