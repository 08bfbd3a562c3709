# xml.etree.ElementTree (pure Python over pyexpat): fromstring, parse, iterparse, XMLPullParser,
# tostring, namespaces, comments/PIs, ParseError with code and position.
import xml.etree.ElementTree as ET
import io
doc = '''<?xml version="1.0" encoding="utf-8"?>
<!-- top comment -->
<root xmlns:h="http://www.w3.org/TR/html4/" a="1">
  <h:table id="t&amp;1">
    <h:tr><h:td>Apples &lt; Pears</h:td><h:td><![CDATA[<raw> & stuff]]></h:td></h:tr>
  </h:table>
  <item n="2">caf\u00e9</item>
  <?proc some data?>
  <empty/>
</root>
'''
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root))
for el in root.iter():
    print(repr(el.tag), el.attrib, repr(el.text), repr(el.tail))
print(ET.tostring(root, encoding='unicode'))
print(ET.tostring(root))
tree = ET.parse(io.BytesIO(doc.encode('utf-8')))
print(tree.getroot().find('item').text, tree.findall('.//{http://www.w3.org/TR/html4/}td')[0].text)
for ev, el in ET.iterparse(io.BytesIO(doc.encode()), events=('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi')):
    print(ev, el if ev in ('start-ns','end-ns') else getattr(getattr(el, 'tag', el), '__name__', getattr(el, 'tag', el)))
p = ET.XMLPullParser(events=('start','end'))
for i in range(0, len(doc), 7):
    p.feed(doc[i:i+7])
    for ev, el in p.read_events():
        print('pull', ev, el.tag)
p.close()
for bad in ['<a><b></a>', '<a>', '<a x="1" x="2"/>', '<a>&nope;</a>', 'junk', '<a/><b/>', '']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print('ParseError', e, e.code, e.position)
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
parser = ET.XMLParser(target=tb)
parser.feed('<r><!--c--><?pi x?>t</r>')
r = parser.close()
print([ (getattr(c.tag,'__name__',c.tag), c.text) for c in r])
print(ET.tostring(ET.fromstring('<a xmlns="urn:x"><b/></a>')))
print(ET.canonicalize('<a b="2" a="1"><c/></a>'))
