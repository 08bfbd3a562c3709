# select.select and selectors on sockets: readiness of listening and connected sockets,
# writability, timeouts with nothing ready.
import select
import selectors
import socket

srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen()
print(select.select([srv], [], [], 0))
c = socket.socket()
c.setblocking(False)
err = c.connect_ex(srv.getsockname())
print("connect_ex", err in (0, 115))
r, w, x = select.select([srv], [c], [], 30)
print(r == [srv], w == [c], x)
print("SO_ERROR", c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
conn, _ = srv.accept()
c.setblocking(True)
print(select.select([conn], [], [], 0.1))
c.sendall(b"data")
r, w, _ = select.select([conn, srv], [conn], [], 30)
print(r == [conn], w == [conn])
print(conn.recv(10))

sel = selectors.DefaultSelector()
sel.register(conn, selectors.EVENT_READ, "conn")
sel.register(srv, selectors.EVENT_READ, "srv")
print(sel.select(0.1))
c.sendall(b"more")
events = sel.select(30)
print([(key.data, mask) for key, mask in events])
print(conn.recv(10))
c.close()
events = sel.select(30)
print([(key.data, mask) for key, mask in events], conn.recv(10))
sel.close()
conn.close()
srv.close()
try:
    select.select([conn], [], [], 0)
except ValueError as e:
    print(type(e).__name__, e)
