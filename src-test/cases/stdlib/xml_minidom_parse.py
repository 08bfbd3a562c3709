# xml.dom.minidom over pyexpat: DOCTYPE with internal subset, entities, ATTLIST defaults,
# CDATA, namespaces, toxml/toprettyxml, and the error of a mismatched tag.
import xml.dom.minidom as md
import xml.sax, xml.sax.handler, io, plistlib, datetime
doc = '''<?xml version="1.0"?>
<!DOCTYPE catalog [
  <!ENTITY pub "Acme &amp; Co">
  <!ATTLIST book lang CDATA "en">
]>
<catalog xmlns:x="urn:x">
  <book id="b1"><title>XML &pub;</title><x:price>10</x:price></book>
  <!-- note -->
  <book id="b2" lang="fr"><title><![CDATA[A <b> c]]></title></book>
</catalog>'''
d = md.parseString(doc)
print(d.documentElement.tagName, d.doctype.name if d.doctype else None)
for b in d.getElementsByTagName('book'):
    print(b.getAttribute('id'), b.getAttribute('lang'), b.getElementsByTagName('title')[0].firstChild.data)
print(d.toxml())
print(d.documentElement.toprettyxml(indent=' ')[:300])
try:
    md.parseString('<a><b></a>')
except Exception as e:
    print(type(e).__name__, e)

