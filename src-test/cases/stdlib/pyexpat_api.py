# pyexpat's module API: constants, ErrorString, errors/model submodules, ParserCreate arguments,
# attribute defaults and validation, ordered/specified attributes, DefaultHandler, ParseFile.
import io
import pyexpat
from xml.parsers import expat

print(expat.version_info, expat.EXPAT_VERSION, expat.native_encoding)
print(expat.error is expat.ExpatError, expat.ExpatError.__module__, expat.ExpatError.__mro__[1])
print([expat.ErrorString(i) for i in (0, 1, 3, 4, 9, 27, 43, 44)])
print(expat.errors.XML_ERROR_TAG_MISMATCH, expat.errors.codes[expat.errors.XML_ERROR_SYNTAX])
print(expat.errors.messages[5], len(expat.errors.codes))
print(expat.model.XML_CTYPE_MIXED, expat.model.XML_CQUANT_PLUS, expat.model.XML_CTYPE_SEQ)
print(type(expat.ParserCreate()).__name__, expat.XMLParserType.__name__)

p = expat.ParserCreate()
print(p.buffer_text, p.ordered_attributes, p.specified_attributes, p.buffer_size, p.buffer_used)
print(p.StartElementHandler, p.ErrorCode, p.ErrorByteIndex, p.CurrentByteIndex)
for bad in [dict(namespace_separator='ab'), dict(encoding=1), dict(intern=3)]:
    try:
        expat.ParserCreate(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    p.buffer_size = 0
except ValueError as e:
    print('ValueError', e)

doc = b'''<!DOCTYPE r [<!ATTLIST e d CDATA "dv" f CDATA #FIXED "fv">]>
<r><e a="1" b="2"/><e d="x"/></r>'''
for ordered in (False, True):
    for specified in (False, True):
        p = expat.ParserCreate()
        p.ordered_attributes = ordered
        p.specified_attributes = specified
        p.StartElementHandler = lambda name, attrs: print(name, attrs)
        p.Parse(doc, True)

out = []
p = expat.ParserCreate()
p.DefaultHandler = out.append
p.StartElementHandler = lambda n, a: out.append(('start', n))
p.Parse(b'<?xml version="1.0"?>\n<a>x<!--c--><?p d?>&amp;&#65;</a>\n', True)
print(out)

p = expat.ParserCreate()
p.buffer_text = True
p.CharacterDataHandler = lambda d: print('chars', repr(d))
p.ParseFile(io.BytesIO(b'<a>' + b'word ' * 1000 + b'</a>'))

p = expat.ParserCreate(encoding='iso-8859-1')
p.CharacterDataHandler = lambda d: print(repr(d))
p.Parse(b'<a>\xe9\xff</a>', True)
p = expat.ParserCreate()
p.CharacterDataHandler = lambda d: print(repr(d))
p.Parse('<a>\u00e9\u20ac</a>', True)

def boom(name, attrs):
    raise KeyError(name)
p = expat.ParserCreate()
p.StartElementHandler = boom
try:
    p.Parse(b'<top/>', True)
except KeyError as e:
    print('KeyError', e)

p = expat.ParserCreate()
p.Parse(b'<a>\n<b>\n</a>', False) if False else None
try:
    p.Parse(b'<a>\n<b>\n</a>', True)
except expat.ExpatError as e:
    print(e, e.code, e.lineno, e.offset, expat.ErrorString(e.code))
p = expat.ParserCreate()
p.Parse(b'<a/>', True)
try:
    p.Parse(b'', True)
except expat.ExpatError as e:
    print(e)
expat.ParserCreate().Parse(b'<a></b>', True)
