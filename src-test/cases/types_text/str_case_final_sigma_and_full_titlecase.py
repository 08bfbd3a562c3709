# lower/swapcase/title/capitalize: capital sigma becomes final by CPython's Final_Sigma rule (case-ignorable
# and cased characters around it), title case from the full mappings (ß → Ss, ῒ, ŉ → ʼN, ᾲ → Ὰͅ).
tests = ['\u0391\u03a3', 'A\u03a3', '\u0391\u0345\u03a3', 'A\u03a3\u0345', '\u03a3', '\u03a3\u0345 ', 'a\u03a3.', 'a\u03a3 b',
         'a\u03a3b', '\u00c5\u03a3\u0345', 'A\u03a3\U0001043c', '\u0345\u03a3', 'A\u0345\u03a3a', "A'\u03a3", 'A\u03a3\u00ad',
         'OΔΥΣΣΕΥΣ ΟΔΥΣΣΕΥΣ', 'ΣΑΣ', '\u1fd2i\u0307', 'ßbc', '\ufb01nd', 'ǆemal', 'hello WORLD', '\U00010427\U0001044f',
         'İstanbul', 'ŉ', '']
for t in tests:
    print(ascii(t), ascii(t.lower()), ascii(t.swapcase()), ascii(t.title()), ascii(t.capitalize()), ascii(t.upper()), ascii(t.casefold()))
