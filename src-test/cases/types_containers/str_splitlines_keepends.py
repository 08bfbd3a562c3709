print('a\r\nb\rc\nd'.splitlines(keepends=True), 'x\x0by'.splitlines(), 'no newline'.splitlines(True))
