for s in ('abc', 'ab1', '123', '١٢٣', '½', '²', ' \t\n', '', 'a_1', '_x', '1a', 'é', 'Ⅻ', '\x85', 'def'):
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.isidentifier(), s.isprintable())
