# Bit twiddling in the spirit of the classic "pyflate" benchmark: an LZ77-style compressor that
# writes variable-length codes into a bit stream (shifts, masks, bytearray appends) and a
# decompressor that reads them back bit by bit, plus a CRC-32 computed by table in Python and
# checked against zlib.crc32. Prints sizes and checksums.
import zlib


def make_crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        table.append(c)
    return table


CRC_TABLE = make_crc_table()


def crc32(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc = CRC_TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


class BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.nbits = 0

    def write(self, value, width):
        self.acc |= (value & ((1 << width) - 1)) << self.nbits
        self.nbits += width
        while self.nbits >= 8:
            self.out.append(self.acc & 0xFF)
            self.acc >>= 8
            self.nbits -= 8

    def flush(self):
        if self.nbits:
            self.out.append(self.acc & 0xFF)
        self.acc = self.nbits = 0
        return bytes(self.out)


class BitReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, width):
        value = 0
        for i in range(width):
            byte = self.data[self.pos >> 3]
            value |= ((byte >> (self.pos & 7)) & 1) << i
            self.pos += 1
        return value


WINDOW = 4095
MIN_MATCH = 3
MAX_MATCH = 18


def compress(data):
    w = BitWriter()
    w.write(len(data), 32)
    heads = {}
    i = 0
    n = len(data)
    while i < n:
        best_len = 0
        best_dist = 0
        if i + MIN_MATCH <= n:
            key = data[i:i + MIN_MATCH]
            for j in reversed(heads.get(key, ())[-8:]):
                if i - j > WINDOW:
                    break
                k = MIN_MATCH
                while k < MAX_MATCH and i + k < n and data[j + k] == data[i + k]:
                    k += 1
                if k > best_len:
                    best_len, best_dist = k, i - j
            heads.setdefault(key, []).append(i)
        if best_len >= MIN_MATCH:
            w.write(1, 1)
            w.write(best_dist, 12)
            w.write(best_len - MIN_MATCH, 4)
            for k in range(i + 1, i + best_len):
                if k + MIN_MATCH <= n:
                    heads.setdefault(data[k:k + MIN_MATCH], []).append(k)
            i += best_len
        else:
            w.write(0, 1)
            w.write(data[i], 8)
            i += 1
    return w.flush()


def decompress(blob):
    r = BitReader(blob)
    n = r.read(32)
    out = bytearray()
    while len(out) < n:
        if r.read(1):
            dist = r.read(12)
            length = r.read(4) + MIN_MATCH
            start = len(out) - dist
            for k in range(length):
                out.append(out[start + k])
        else:
            out.append(r.read(8))
    return bytes(out)


def make_text(n):
    words = ["alpha", "beta", "gamma", "delta", "pyflate", "huffman", "bit", "stream", "\n"]
    x = 12345
    parts = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        parts.append(words[(x >> 16) % len(words)])
    return " ".join(parts).encode("ascii")


def main():
    data = make_text(30000)
    blob = compress(data)
    back = decompress(blob)
    assert back == data
    c = crc32(data)
    assert c == zlib.crc32(data), (c, zlib.crc32(data))
    print("input", len(data), "compressed", len(blob), "crc", hex(c), "blob crc", crc32(blob))


main()
