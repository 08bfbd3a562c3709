# textwrap: wrap/fill/shorten/dedent/indent and TextWrapper options
import textwrap
text = ('The quick brown fox jumps over the lazy dog. ' * 4).strip()
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(text, 40), textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world', 11))
print(textwrap.shorten(text, 30, placeholder=' [...]'))
print(repr(textwrap.dedent('''
    def f():
        return 1
      # odd
    ''')))
print(repr(textwrap.dedent('  a\n\t b\n')), repr(textwrap.dedent('   \n  x\n')))
print(textwrap.indent('a\nb\n\nc', '> '), textwrap.indent('a\n\nb', '+', lambda line: True), sep='|')
w = textwrap.TextWrapper(width=10, break_long_words=True, break_on_hyphens=True)
print(w.wrap('supercalifragilistic well-known-hyphenated'))
w = textwrap.TextWrapper(width=10, break_long_words=False)
print(w.wrap('supercalifragilistic word'))
w = textwrap.TextWrapper(width=12, max_lines=2, placeholder='...')
print(w.wrap(text))
print(textwrap.wrap('tab\there  and\tthere', 8, expand_tabs=True, tabsize=4))
print(textwrap.wrap('  leading   spaces  ', 40, drop_whitespace=False, replace_whitespace=True))
print(textwrap.fill('Sentence one.  Sentence two. Three.', 15, fix_sentence_endings=True))
print(textwrap.wrap(''), textwrap.wrap('   '))
try:
    textwrap.wrap('x', 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.TextWrapper(width=5, max_lines=1, placeholder=' [too long placeholder]').wrap('a b c d e f')
except ValueError as e:
    print('ValueError', e)
