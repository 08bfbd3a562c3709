# The _sre module's constants and character helpers that re._compiler relies on.
import _sre
from re import _constants

print(_sre.MAGIC == _constants.MAGIC, _sre.MAGIC)
print(_sre.CODESIZE, _sre.getcodesize())
print(_sre.MAXREPEAT, _sre.MAXGROUPS)
print([_sre.ascii_tolower(c) for c in (65, 90, 97, 0xC0, 0x130)])
print([_sre.unicode_tolower(c) for c in (65, 0xC0, 0x130, 0x212A, 0x3A3, 0x1E9E)])
print([_sre.ascii_iscased(c) for c in (65, 48, 0xC0, 0x17F)])
print([_sre.unicode_iscased(c) for c in (65, 48, 0xC0, 0x17F, 0x2160, 0x3000)])
# a checksum over the BMP: case folding agrees with CPython's tables for Latin/Greek/Cyrillic
print(sum(_sre.unicode_tolower(c) for c in range(0x500)))
print(sum(1 for c in range(0x500) if _sre.unicode_iscased(c)))
print(sum(1 for c in range(0x80) if _sre.ascii_iscased(c)))
