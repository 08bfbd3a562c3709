# string: constants, Template (substitute/safe_substitute/errors/subclass), Formatter, capwords
import string
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, repr(string.whitespace))
print(string.punctuation, len(string.printable))
print(string.capwords('hello   wide world'), string.capwords('a-b-c', '-'))
t = string.Template('$who likes ${what}; $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'x'}, what='y'))
print(t.safe_substitute(who='tim'), t.template)
try:
    t.substitute(who='tim')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('$1 bad').substitute()
except ValueError as e:
    print('ValueError', e)
print(string.Template('$who $').safe_substitute(who='a'))
print(string.Template('$a $b').get_identifiers(), string.Template('$a $$ ${b}').is_valid(), string.Template('$').is_valid())
class Pct(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(Pct('%name is %age%%').safe_substitute(name='bob', age=3))
f = string.Formatter()
print(f.format('{0} {x!r} {y:>5}|', 'a', x='b', y=3))
print(list(f.parse('a{0}b{x:>3}c{{}}')))
class UpperFormatter(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(UpperFormatter().format('{a} {missing} {0:x}', 255, a='hi'))
try:
    f.format('{0}')
except IndexError as e:
    print('IndexError', e)
try:
    f.format('{x}')
except KeyError as e:
    print('KeyError', e)
