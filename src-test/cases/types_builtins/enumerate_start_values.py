print(list(enumerate('ab', -1)), list(enumerate([], 5)), list(enumerate('x', 2**70)), list(enumerate('ab', start=True)))
