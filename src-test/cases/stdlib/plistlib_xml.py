# plistlib XML format over pyexpat: dumps/loads round trip, entity declarations refused.
import plistlib, datetime
data = {'name': 'x', 'n': 3, 'f': 1.5, 'b': True, 'l': [1, 'two', {'k': b'\x00\x01'}], 'd': datetime.datetime(2020, 1, 2, 3, 4, 5)}
s = plistlib.dumps(data)
print(s.decode())
print(plistlib.loads(s) == data, plistlib.loads(s))
try:
    plistlib.loads(b'<?xml version="1.0"?><!DOCTYPE plist [<!ENTITY x "y">]><plist><string>&x;</string></plist>')
except Exception as e:
    print(type(e).__name__, e)
