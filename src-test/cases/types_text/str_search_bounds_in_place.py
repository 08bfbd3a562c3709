# str.find/rfind/startswith/endswith/count with start and end (negative, past the end, end before
# start, empty needle, characters outside the BMP): searched in place, CPython's results.
s = "ab\U0001F600cd\U0001F600ab" * 3
for sub in ["", "a", "ab", "b", "\U0001F600", "\U0001F600c", "d\U0001F600", "zz", "ab\U0001F600cd\U0001F600ab"]:
    for st in [None, -100, -5, -1, 0, 1, 2, 3, 7, 13, 100]:
        for en in [None, -100, -3, -1, 0, 1, 3, 6, 12, 14, 100]:
            r = (s.find(sub, st, en), s.rfind(sub, st, en), s.startswith(sub, st, en), s.endswith(sub, st, en),
                 s.count(sub, st, en), s.startswith((sub, "q"), st, en), s.endswith(("q", sub), st, en))
            print(repr(sub), st, en, r)
