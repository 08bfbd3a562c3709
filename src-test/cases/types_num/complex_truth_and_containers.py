print(bool(0j), bool(1j), bool(0.0+0j), not 0j, [x for x in (0j, 1j, 2+0j) if x], {1j: 'a'}[1j], sum([1j, 2, 3.5]))
