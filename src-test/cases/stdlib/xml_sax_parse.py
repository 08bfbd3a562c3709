# xml.sax with the expat reader: ContentHandler events, namespaces, SAXParseException position.
import xml.sax, xml.sax.handler, io
class H(xml.sax.handler.ContentHandler):
    def startElement(self, name, attrs): print('start', name, dict(attrs))
    def endElement(self, name): print('end', name)
    def characters(self, c):
        if c.strip(): print('chars', repr(c))
    def processingInstruction(self, t, d): print('pi', t, d)
xml.sax.parseString(b'<r a="1"><s>hi &amp; bye</s><?p q?></r>', H())
class NH(xml.sax.handler.ContentHandler):
    def startElementNS(self, name, qname, attrs): print('startNS', name, qname, dict(attrs.items()))
    def endElementNS(self, name, qname): print('endNS', name, qname)
    def startPrefixMapping(self, p, u): print('map', p, u)
pr = xml.sax.make_parser()
pr.setFeature(xml.sax.handler.feature_namespaces, True)
pr.setContentHandler(NH())
pr.parse(io.BytesIO(b'<r xmlns="urn:d" xmlns:p="urn:p"><p:s p:k="v"/></r>'))
try:
    xml.sax.parseString(b'<r><s></r>', H())
except xml.sax.SAXParseException as e:
    print('SAXParseException', e, e.getLineNumber(), e.getColumnNumber())

