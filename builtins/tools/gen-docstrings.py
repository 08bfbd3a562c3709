#!/usr/bin/env python3
"""Writes the docstrings of CPython 3.11's builtins (functions, types and the types' methods) to
builtins/src/main/resources/org/pyston/builtins/docstrings.txt, which the runtime reads for the
__doc__ of its own built-ins (BuiltinDocs). Run with python3 3.11 from the repository root; the
output is committed, so builds and tests need no python3.

Format: one entry a line, "key<TAB>doc" with backslash, newline and tab escaped; keys are "len",
"str", "str.upper".
"""
import builtins
import os
import sys

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "main", "resources",
                   "org", "pyston", "builtins", "docstrings.txt")
DESCRIPTORS = (type(str.upper), type(str.__add__), type(dict.__dict__["fromkeys"]), type(int.real),
               type(type(lambda: 0).__code__), type(len))


def escape(s):
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


entries = {}
for name in dir(builtins):
    obj = getattr(builtins, name)
    if isinstance(obj, type):
        if isinstance(obj.__doc__, str):
            entries[name] = obj.__doc__
        for attr, value in vars(obj).items():
            if isinstance(value, DESCRIPTORS) and isinstance(getattr(value, "__doc__", None), str):
                entries[f"{name}.{attr}"] = value.__doc__
    elif type(obj) is type(len) and isinstance(obj.__doc__, str):
        entries[name] = obj.__doc__

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8", newline="\n") as f:
    for key in sorted(entries):
        f.write(f"{key}\t{escape(entries[key])}\n")
print(f"{len(entries)} docstrings -> {os.path.normpath(OUT)}")
