print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(('a',)) == hash(('a',)), hash((1.0, 2)) == hash((1, 2.0)), hash((-1,)), hash((True, None is None)))
