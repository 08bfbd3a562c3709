print(hash(1+0j) == hash(1), hash(3j) == hash(3j), format(1+2j), format(1j, ''), str(-1j), repr(1e-10j))
