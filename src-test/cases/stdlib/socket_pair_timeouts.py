# socketpair, blocking modes and timeouts (socket.timeout), non-blocking errors, default timeout,
# connection refused and connect_ex errnos.
import errno
import socket

a, b = socket.socketpair()
print(a.family, a.type, b.family)
a.sendall(b"ping")
print(b.recv(10))
b.sendall(b"pong")
buf = bytearray(8)
print(a.recv_into(buf), buf)

print(a.gettimeout(), a.getblocking(), a.timeout)
a.settimeout(0.3)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except socket.timeout as e:
    print("timeout:", type(e).__name__, e, e.errno)
try:
    a.recv(10)
except TimeoutError as e:
    print("TimeoutError again")
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno == errno.EAGAIN, e.strerror)
a.setblocking(True)
print(a.gettimeout(), a.getblocking())
for bad in (-1, "x"):
    try:
        a.settimeout(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print("default", socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print("new socket timeout", s.gettimeout())
s.close()
socket.setdefaulttimeout(None)
print("default", socket.getdefaulttimeout())

b.shutdown(socket.SHUT_WR)
print("eof", a.recv(10))
a.close()
b.close()

# A port nobody listens on: bind one, note it, close it.
p = socket.socket()
p.bind(("127.0.0.1", 0))
port = p.getsockname()[1]
p.close()
c = socket.socket()
try:
    c.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e.errno == errno.ECONNREFUSED, e)
print("connect_ex", errno.errorcode[c.connect_ex(("127.0.0.1", port))])
c.close()
try:
    socket.create_connection(("127.0.0.1", port))
except OSError as e:
    print("create_connection:", type(e).__name__, e.errno)

# A bound, listening port: a second bind fails with EADDRINUSE.
l = socket.socket()
l.bind(("127.0.0.1", 0))
l.listen()
m = socket.socket()
try:
    m.bind(l.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno == errno.EADDRINUSE, e.strerror)
print("getpeername unconnected:")
try:
    m.getpeername()
except OSError as e:
    print(" ", e.errno, e.strerror)
for addr in ("127.0.0.1", ("127.0.0.1", 70000), ("127.0.0.1",)):
    try:
        m.connect(addr)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
m.close()
l.close()
with socket.socket() as w:
    pass
print("closed by with", w.fileno(), w._closed)
