table = {'a': 1}
value = table[ 'missing' ]
