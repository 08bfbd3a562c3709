# Address conversions and resolution without the network: getaddrinfo shapes on numeric hosts,
# inet_aton/ntoa/pton/ntop, byte order, getnameinfo numeric, gaierror codes and messages.
import socket

for info in socket.getaddrinfo("127.0.0.1", 80):
    print(info)
print(socket.getaddrinfo("127.0.0.1", "80", socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("::1", 8080, socket.AF_INET6, socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo(None, 5, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("127.0.0.1", None, type=socket.SOCK_STREAM))
for args in (("not-a-number", 80, 0, 0, 0, socket.AI_NUMERICHOST),
             ("127.0.0.1", "no-such-service-here"),
             ("127.0.0.1", 80, 12345)):
    try:
        socket.getaddrinfo(*args)
    except socket.gaierror as e:
        print(type(e).__name__, e.errno, e.strerror, isinstance(e, OSError))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.gethostbyname("127.0.0.1"), socket.gethostbyname(""))
print(socket.gethostbyname_ex("10.1.2.3"))
print(isinstance(socket.gethostname(), str))

for s in ("1.2.3.4", "127.1", "1.2.3", "0x7f.1", "255.255.255.255", "1.2.3.4 tail", "256.1.1.1", "", "a.b"):
    try:
        print(repr(s), socket.inet_aton(s))
    except OSError as e:
        print(repr(s), type(e).__name__, e)
print(socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.inet_ntoa(bytearray(b"\xff\x00\xff\x01")))
try:
    socket.inet_ntoa(b"123")
except OSError as e:
    print(e)
for s in ("10.0.0.1", "01.2.3.4", "1.2.3", "300.1.1.1"):
    try:
        print(socket.inet_pton(socket.AF_INET, s))
    except OSError as e:
        print(s, e)
for s in ("::", "::1", "1::", "fe80::1:2", "2001:db8:0:0:1:0:0:1", "::ffff:1.2.3.4", "1:2:3:4:5:6:7:8",
          "1:2:3:4:5:6:7:8:9", ":::", "1::2::3", "::1.2.3.4", "12345::", "g::"):
    try:
        packed = socket.inet_pton(socket.AF_INET6, s)
        print(s, packed.hex(), socket.inet_ntop(socket.AF_INET6, packed))
    except OSError as e:
        print(s, e)
for packed in (bytes(16), bytes(15) + b"\x01", b"\x00\x01" + bytes(14), bytes(10) + b"\xff\xff\x0a\x00\x00\x01",
               bytes(12) + b"\x0a\x00\x00\x01", b"\x20\x01\x0d\xb8" + bytes(4) + b"\x00\x01" + bytes(6)):
    print(socket.inet_ntop(socket.AF_INET6, packed))
for bad in ((99, b"1234"), (socket.AF_INET, b"123"), (socket.AF_INET6, b"1234")):
    try:
        socket.inet_ntop(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    socket.inet_pton(99, "1.2.3.4")
except OSError as e:
    print(e.errno, e.strerror)

print(socket.htons(1), socket.ntohs(0x0102), socket.htonl(1), socket.ntohl(0x01020304))
for f, v in ((socket.htons, -1), (socket.htons, 70000), (socket.htonl, -1), (socket.htonl, 1 << 32),
             (socket.htons, 1.5)):
    try:
        f(v)
    except (OverflowError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM,
      socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY, socket.MSG_PEEK,
      socket.SHUT_RDWR, socket.AI_PASSIVE, socket.NI_NUMERICHOST, socket.EAI_NONAME, socket.SOMAXCONN)
print(socket.AddressFamily.AF_INET6, repr(socket.SocketKind(2)), socket.has_ipv6)
print(socket.error is OSError, socket.timeout is TimeoutError, socket.gaierror.__mro__[1:3],
      socket.herror.__module__, socket.gaierror.__name__)
print(socket.getservbyname("http", "tcp"), socket.getservbyport(443, "tcp"), socket.getprotobyname("udp"))
