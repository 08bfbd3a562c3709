# The built-in hash modules hashlib falls back to without OpenSSL: _md5, _sha1, _sha256, _sha512,
# _sha3 (SHA-3 and SHAKE) and _blake2 (keys, salt, person, tree parameters), imported directly;
# update/digest/hexdigest/copy, name/digest_size/block_size, and argument errors.
import _md5, _sha1, _sha256, _sha512, _sha3, _blake2

def attempt(label, f, *args, **kw):
    try:
        print(label, f(*args, **kw))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)

msgs = [b'', b'abc', b'x' * 55, b'y' * 64, b'z' * 111, b'w' * 128, bytes(range(256)) * 5]
ctors = [_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512,
         _sha3.sha3_224, _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _blake2.blake2b, _blake2.blake2s]
for ctor in ctors:
    h = ctor()
    print(h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    for m in msgs:
        print(' ', len(m), ctor(m).hexdigest())
    h = ctor(b'split ')
    c = h.copy()
    h.update(b'message')
    c.update(bytearray(b'message'))
    print(' ', h.digest() == c.digest() == ctor(b'split message').digest(), h.hexdigest() == h.digest().hex())
for shake in (_sha3.shake_128, _sha3.shake_256):
    s = shake(b'abc')
    print(s.name, s.digest_size, s.block_size, s.hexdigest(16), s.hexdigest(300)[-20:], s.digest(0))
    c = s.copy(); c.update(b'def')
    print(' ', c.hexdigest(32) == shake(b'abcdef').hexdigest(32), shake().hexdigest(8))
print(_blake2.blake2b(b'data', digest_size=20, key=b'secret', salt=b'salty', person=b'me').hexdigest())
print(_blake2.blake2s(b'data', digest_size=16, key=b'k' * 32, salt=b'12345678', person=b'p').hexdigest())
print(_blake2.blake2b(b'tree', fanout=2, depth=3, leaf_size=4096, node_offset=7, node_depth=1, inner_size=32, last_node=True).hexdigest())
print(_blake2.blake2s(b'tree', fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=2**48 - 1, node_depth=255, inner_size=32, last_node=True).hexdigest())
print(_blake2.blake2b(key=b'k').hexdigest(), _blake2.blake2b(b'x' * 128, key=b'k').hexdigest())
print(_blake2.BLAKE2B_MAX_DIGEST_SIZE, _blake2.BLAKE2S_SALT_SIZE, isinstance(_blake2.blake2b(), _blake2.blake2b))
attempt("str", _md5.md5, 'text')
attempt("int", _sha1.sha1, 5)
attempt("update str", _sha256.sha256().update, 'x')
attempt("digest_size 0", _blake2.blake2b, digest_size=0)
attempt("digest_size 33", _blake2.blake2s, digest_size=33)
attempt("salt", _blake2.blake2b, salt=b'x' * 17)
attempt("person", _blake2.blake2s, person=b'x' * 9)
attempt("key", _blake2.blake2b, key=b'x' * 65)
attempt("fanout", _blake2.blake2b, fanout=256)
attempt("depth", _blake2.blake2b, depth=0)
attempt("node_depth", _blake2.blake2s, node_depth=256)
attempt("leaf_size", _blake2.blake2s, leaf_size=2**32)
attempt("node_offset", _blake2.blake2s, node_offset=2**48)
attempt("shake no length", _sha3.shake_128().digest)
print(_md5.md5(string=b'kw').hexdigest(), _sha1.sha1(b'x', usedforsecurity=False).hexdigest())
