ok = 0
assert ok, 'not ok'
