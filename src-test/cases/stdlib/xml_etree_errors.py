# ElementTree's ParseError for malformed documents: message, code and position.
import xml.etree.ElementTree as ET

for bad in ['<a>\n  <b>\n</a>', '<a b="1"', '<a>&#xD800;</a>', '<a><![CDATA[x]]</a>', '<r>\n<x:y/></r>',
            '<a>\u00e9\u00e9<b></c></a>', '<?xml version="1.0"?><a/>\n<?xml version="1.0"?>', '<a b="<"/>',
            '<!DOCTYPE a [<!ENTITY e "&e;">]><a>&e;</a>']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print(repr(bad), '->', e, e.code, e.position)
