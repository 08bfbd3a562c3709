# pyexpat: handler events, well-formedness errors (code, line, column, byte index), incremental Parse with
# buffer_text and namespaces, Parse after the end.
import pyexpat
cases=[b'<a>', b'<a></b>', b'<a>x</a>junk', b'<a>x</a><b/>', b'', b'  ', b'<a b=1/>', b'<a b="1" b="2"/>', b'<a>&foo;</a>', b'<a>&#0;</a>', b'<a><!-- x -- y --></a>', b'<a', b'<a b="', b'<a><![CDATA[x</a>', b'x<a/>', b'<a/>\n\n  <b/>', b'<?xml version="1.0"?>\n<a>\n  <b></c>\n</a>', b'<a>\xff</a>', b'<a>\xc3</a>', b'<1a/>', b'<a>&amp</a>', b'<a>\n<b>\xc3\xa9\xc3\xa9</c></a>', b'<a>]]></a>', b'<a b="<"/>', b'\n<?xml version="1.0"?><a/>', b'<a>x', b'<a>\n<b>', b'  xy<a/>', b'<a/>x', b'<a/>  xy',
 b'<a>\r\nb\rc</a>', b'<a>x\ny\n\nz&amp;w</a>', b'<a b="x\ty\nz&#10;"/>', b'<!DOCTYPE a [<!ELEMENT a (#PCDATA|b)*><!ELEMENT b (c,(d|e)+,f?)><!ATTLIST a x CDATA #IMPLIED y (p|q) "p" z NOTATION (n) #REQUIRED w CDATA #FIXED "f">]><a/>', b'<?xml version="1.0" encoding="iso-8859-1" standalone="yes"?><a>\xe9</a>',b'<a>&e;</a>', b'<!DOCTYPE a [<!ENTITY e "<b>x</b>&amp;"><!ENTITY f SYSTEM "f.txt"><!ENTITY g SYSTEM "g" NDATA n>]><a x="&amp;">&e;&f;</a>',
 b'<!DOCTYPE a SYSTEM "x.dtd"><a>&e;</a>', b'<?pi data here?><a><?p2?><!--c--><![CDATA[<x>\nq]]></a><!--after-->',
 '<a>\u00e9\U0001F600</a>'.encode('utf-8'), '<a>\u00e9</a>'.encode('utf-16')]
for ns in (None, '}'):
  for c in cases:
    p=pyexpat.ParserCreate(namespace_separator=ns)
    for h in ['StartElementHandler','EndElementHandler','CharacterDataHandler','XmlDeclHandler','StartDoctypeDeclHandler','EndDoctypeDeclHandler','ElementDeclHandler','AttlistDeclHandler','EntityDeclHandler','ExternalEntityRefHandler','SkippedEntityHandler','CommentHandler','ProcessingInstructionHandler','StartCdataSectionHandler','EndCdataSectionHandler','DefaultHandler']:
      setattr(p,h,(lambda h: lambda *a: print('  ',h[:-7],a) or 1)(h))
    try:
      p.Parse(c,True); print(repr(c),'ok')
    except pyexpat.ExpatError as e: print(repr(c), e, e.code, e.lineno, e.offset, p.ErrorByteIndex, p.ErrorCode, p.CurrentLineNumber, p.CurrentColumnNumber)
# incremental
for ns in (None, '}'):
  p=pyexpat.ParserCreate(namespace_separator=ns)
  p.buffer_text=True
  p.StartElementHandler=lambda n,a: print('S',n,a, p.CurrentLineNumber, p.CurrentColumnNumber, p.CurrentByteIndex)
  p.EndElementHandler=lambda n: print('E',n)
  p.CharacterDataHandler=lambda d: print('C',repr(d))
  p.StartNamespaceDeclHandler=lambda *a: print('NS',a)
  p.EndNamespaceDeclHandler=lambda *a: print('NE',a)
  doc=b'<?xml version="1.0"?>\n<root xmlns="urn:d" xmlns:x="urn:x" a="1" x:b="2">\n <x:c>t&lt;e\xc3\xa9xt</x:c>&#x41;<![CDATA[cd]]></root>\n'
  for i in range(0,len(doc),3):
    p.Parse(doc[i:i+3], False)
  p.Parse(b'', True)
  try: p.Parse(b'x', True)
  except Exception as e: print(type(e).__name__, e)
