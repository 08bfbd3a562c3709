# pyexpat: what expat reports for text before and after the root element.
import pyexpat
for c in [b'junk', b'xy <a/>', b'1<a/>', b'12 <a/>', b'$<a/>', b'<a/>junk', b'<a/> junk', b'x\n', b'a-b.c<a/>', b'<a/>&amp;']:
    p=pyexpat.ParserCreate()
    try: p.Parse(c,True)
    except Exception as e: print(c,e)
