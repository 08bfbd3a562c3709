def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (255).to_bytes(), (0).to_bytes(0, 'big'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes([1, 2]), int.from_bytes(b''))
print((2**70).to_bytes(9, 'big'), int.from_bytes((2**70).to_bytes(9, 'little'), 'little') == 2**70, (-128).to_bytes(1, 'big', signed=True))
check(lambda: (256).to_bytes(1, 'big'))
check(lambda: (-1).to_bytes(1, 'big'))
check(lambda: (128).to_bytes(1, 'big', signed=True))
check(lambda: (1).to_bytes(1, 'middle'))
check(lambda: (1).to_bytes(-1, 'big'))
check(lambda: int.from_bytes('ab', 'big'))
