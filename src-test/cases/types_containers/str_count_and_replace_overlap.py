print('aaaa'.count('aa'), 'aaaa'.replace('aa', 'b'), 'ababab'.replace('aba', 'X'), 'abc'.count('', 1), ''.count(''))
