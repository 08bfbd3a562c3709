s = 'hello WORLD ǅ ß ﬁ İ'
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize())
print("they're bill's friends".title(), 'hELLO wORLD'.capitalize(), 'ß'.upper(), 'ﬁ'.upper(), 'Σ'.lower(), 'ΑΣ'.lower())
print('ABC'.isupper(), 'abc'.islower(), 'aBc'.islower(), '123'.isupper(), 'ǅ'.istitle(), 'Ab1'.isupper())
