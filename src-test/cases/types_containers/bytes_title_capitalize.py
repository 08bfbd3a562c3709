print(b'hello wORLD 2x'.title(), b'hELLO'.capitalize(), b'123abc'.capitalize(), b'a-b_c'.title())
