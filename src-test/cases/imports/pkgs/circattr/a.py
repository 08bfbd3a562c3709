from circattr import b
X = 1
