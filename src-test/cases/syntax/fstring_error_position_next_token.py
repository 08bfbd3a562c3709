# An f-string error is reported where CPython's parser stands when it decodes the strings: at the
# token after the last string (which may be on a later line), spanning that token; at the end of
# the last string when the line ends there.
SOURCES = [
    'print(f"{\'\\\\n\'!r}" if False else "-")',
    'a = f"{\'\\\\n\'}" + "x"',
    'a = (f"{\'\\\\n\'}", 1)',
    'x = f"{\'\\\\n\'}"\n',
    'a = f"{}"  or 3',
    'a = f"{a!x}"   and 3',
    'a = f"{1"   + 3',
    'a = f"}" "x"  ;b=1',
    'f(f"{ }"  )',
    'x = (f"{}"\n     or 3)',
    'x = (f"{}"\n     f"a"\n  )',
    'y = f"{x" f"{y}" is None',
]
for src in SOURCES:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
exec(compile("z = 1", "<s>", "exec"))
