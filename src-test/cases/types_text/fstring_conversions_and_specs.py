x, y, name = 3.14159, 42, 'Ann'
print(f'{x:.2f} {y:>5} {y:#x} {name!r} {name!s} {name!a} {"é"!a} {y=} {x = :.1f} {name=!s}')
w, p = 10, 3
print(f'{x:{w}.{p}f}|{y:{"<" if y else ">"}{w}}|{y:,}|{1e6:_.0f}|{-0.0:z}|{[1, 2]}|{ {"a": 1}["a"] }|{y!r:>6}')
print(f'{3+4j}', f'{b"ab"}', f'{None!r}', f'{"nested {braces}"}', f'{{literal}}', f'{y:{w}d}', f"{'q'}")
