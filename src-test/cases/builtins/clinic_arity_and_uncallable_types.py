# Argument-clinic arity messages: "at most N arguments" counts keyword-only parameters too, then
# "N positional argument(s)" with "exactly" when all positional ones are required; "keyword
# arguments" when only keywords were given. Built-in types without a constructor of their own say
# "cannot create 'X' instances"; bytes-like subclasses are accepted where bytes are.
import zlib, hashlib, operator, hmac


def t(f):
    try:
        r = f()
        print(repr(r)[:100])
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: (1).to_bytes(1, 'big', 3, 4))
t(lambda: int.from_bytes(b'', 'big', 1))
t(lambda: 'a'.encode('a', 'b', 'c'))
t(lambda: zlib.compressobj(1, 2, 3, 4, 5, 6, 7))
t(lambda: [].sort(1))
t(lambda: [].sort(**{'a': 1, 'b': 2, 'c': 3}))
t(lambda: sorted([], **{'key': None, 'reverse': False, 'x': 1}))
t(lambda: hashlib.sha256(b'', b''))
t(lambda: hashlib.sha256(b'', b'', b''))
t(lambda: hashlib.scrypt(b'p', b's', 2, 1, 1))
t(lambda: hashlib.blake2b(data=b''))
t(lambda: hashlib.blake2b(b'', b''))
t(lambda: hashlib.sha3_256(data=b''))
t(lambda: hashlib.blake2b(leaf_size=-1))
t(lambda: hashlib.blake2s(node_offset=-1))
t(lambda: hashlib.blake2b(node_offset=2**64))
t(lambda: hashlib.blake2b(leaf_size=1.5))
t(lambda: (hashlib.blake2b.SALT_SIZE, hashlib.blake2s.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE,
           hashlib.blake2s.MAX_DIGEST_SIZE))
t(lambda: type(iter([]))())
t(lambda: type(iter(()))())
t(lambda: type({}.keys())())
t(lambda: type(hashlib.sha256())())


class mybytes(bytes):
    pass


class mystr(str):
    pass


t(lambda: operator._compare_digest(mybytes(b'ab'), mybytes(b'ab')))
t(lambda: operator._compare_digest(mystr('ab'), mystr('ab')))
t(lambda: operator._compare_digest(mystr('ab'), 'ac'))
t(lambda: operator._compare_digest(mystr('ab'), b'ab'))
t(lambda: hmac.compare_digest(bytearray(b'x'), mybytes(b'x')))
t(lambda: hashlib.md5(mybytes(b'abc')).hexdigest())
t(lambda: zlib.crc32(mybytes(b'abc')))
t(lambda: bytes(mybytes(b'abc')).hex())
