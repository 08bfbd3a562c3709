# UDP on loopback: sendto/recvfrom, recvfrom_into, connected datagram sockets, MSG_PEEK,
# truncation of a datagram to the buffer size.
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(("127.0.0.1", 0))
a.settimeout(30)
b.settimeout(30)
print(a.type, repr(a.type), a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))

b.sendto(b"one", a.getsockname())
data, addr = a.recvfrom(100)
print(data, addr == b.getsockname())

b.sendto(b"two", 0, a.getsockname())
buf = bytearray(10)
n, addr = a.recvfrom_into(buf)
print(n, bytes(buf[:n]), addr == b.getsockname())

b.sendto(b"peek me", a.getsockname())
print(a.recv(100, socket.MSG_PEEK))
print(a.recv(100))

b.sendto(b"0123456789", a.getsockname())
print("truncated", a.recv(4))

b.connect(a.getsockname())
print("peer", b.getpeername() == a.getsockname())
b.send(b"connected send")
print(a.recvfrom(100)[0])
mv = memoryview(bytearray(5))
b.send(b"abcdefgh")
print(a.recv_into(mv, 3), bytes(mv))

try:
    a.send(b"x")
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    a.recvfrom(-1)
except ValueError as e:
    print(e)
a.close()
b.close()
