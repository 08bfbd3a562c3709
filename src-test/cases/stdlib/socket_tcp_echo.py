# TCP on loopback: an echo server on a thread, a client; sendall/recv, makefile, shutdown,
# descriptors (fileno, detach, fromfd, socket(fileno=)), addresses compared without port numbers.
import os
import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("reuseaddr", srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
host, port = srv.getsockname()
print("bound", host, 0 < port < 65536)
srv.listen(5)
print("accepting", srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
print(srv.family, srv.type, repr(srv.family), repr(srv.type), srv.proto)

seen = []


def serve(count):
    for _ in range(count):
        conn, addr = srv.accept()
        seen.append((addr[0], type(addr[1]).__name__, conn.getsockname() == srv.getsockname()))
        with conn:
            while True:
                data = conn.recv(7)
                if not data:
                    break
                conn.sendall(data.upper())


t = threading.Thread(target=serve, args=(3,))
t.start()

# 1: plain sendall/recv until the peer closes
c = socket.create_connection(("127.0.0.1", port))
print("peer is server", c.getpeername() == ("127.0.0.1", port))
print("nodelay", c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print("nodelay", c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
c.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)
print("keepalive", c.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0)
print("rcvbuf", c.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF) > 0)
print("type", c.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), "domain",
      c.getsockopt(socket.SOL_SOCKET, socket.SO_DOMAIN), "proto",
      c.getsockopt(socket.SOL_SOCKET, socket.SO_PROTOCOL))
payload = b"hello, socket world " * 500
c.sendall(payload)
c.shutdown(socket.SHUT_WR)
got = b""
while True:
    chunk = c.recv(4096)
    if not chunk:
        break
    got += chunk
print("echoed", len(got), got == payload.upper())
print("recv after eof", c.recv(10))
c.close()
print("closed fileno", c.fileno())
try:
    c.recv(1)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)

# 2: makefile line protocol
c = socket.create_connection(("127.0.0.1", port), timeout=30)
print("timeout from create_connection", c.gettimeout())
f = c.makefile("rwb")
f.write(b"first line\nsecond\n")
f.flush()
print(f.readline())
print(f.readline())
tf = c.makefile("r", encoding="ascii", newline="")
c.sendall(b"text mode\r\n")
print(repr(tf.readline()))
f.close()
tf.close()
c.close()

# 3: descriptors: fileno, dup, fromfd, detach, socket(fileno=)
c = socket.socket()
c.connect(("127.0.0.1", port))
fd = c.fileno()
print("fileno int", isinstance(fd, int) and fd >= 0)
d = socket.fromfd(fd, socket.AF_INET, socket.SOCK_STREAM)
print("dup differs", d.fileno() != fd)
d.sendall(b"via dup")
print(c.recv(100))
d.close()
raw = c.detach()
print("detached", c.fileno(), raw == fd)
e = socket.socket(fileno=raw)
print("from fileno", e.family, e.type, e.fileno() == raw)
e.sendall(b"again")
print(e.recv(100))
e.close()
try:
    os.close(raw)
except OSError as err:
    print("os.close after close:", err.errno)

t.join()
srv.close()
print(seen)
