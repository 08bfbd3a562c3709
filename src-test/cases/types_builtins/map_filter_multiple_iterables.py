print(list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])), list(filter(str.isdigit, 'a1b2')), list(map(len, ['', 'ab'])))
