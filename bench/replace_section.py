#!/usr/bin/env python3
"""Puts a section into bench/RESULTS.md in place of its previous copy:
replace_section.py RESULTS.md NAME "## Heading" < section-text.

The section text must start with <!-- NAME:begin ... --> and end with <!-- NAME:end -->.
The first copy (with or without its begin marker: an older copy lost it) is replaced,
any further copy removed, so a section is never appended twice (issue 11 item 6)."""
import os
import re
import sys

path, name, heading = sys.argv[1], sys.argv[2], sys.argv[3]
section = sys.stdin.read().strip("\n")
if not os.path.exists(path):
    open(path, "w", encoding="utf-8").write(
        "# Benchmark results\n\nWritten by `make bench`. Each section names its machine and date.\n\n")
text = open(path, encoding="utf-8").read()
pattern = re.compile(r"(?:<!-- " + re.escape(name) + r":begin[^\n]*\n)?" + re.escape(heading) + r".*?<!-- " +
                     re.escape(name) + r":end -->\n*", re.S)
found = [0]


def repl(m):
    found[0] += 1
    return section + "\n\n" if found[0] == 1 else ""


text = pattern.sub(repl, text)
if not found[0]:
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w", encoding="utf-8").write(text.rstrip("\n") + "\n")
