# socketserver.TCPServer and a threading UDPServer with handlers served by a thread (select-based
# serve_forever), shut down from the main thread.
import socket
import socketserver
import threading


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(b"echo: " + line)


with socketserver.TCPServer(("127.0.0.1", 0), Echo) as server:
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    t.start()
    for i in range(3):
        with socket.create_connection(server.server_address, timeout=30) as c:
            f = c.makefile("rwb")
            f.write(b"request %d\nline two\n" % i)
            f.flush()
            print(f.readline(), f.readline())
            f.close()
    server.shutdown()
    t.join()
print("tcp server stopped")


class ThreadedUDP(socketserver.ThreadingMixIn, socketserver.UDPServer):
    pass


class Upper(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read().upper())


with ThreadedUDP(("127.0.0.1", 0), Upper) as userver:
    t = threading.Thread(target=userver.serve_forever, kwargs={"poll_interval": 0.05})
    t.start()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
        u.settimeout(30)
        u.sendto(b"datagram", userver.server_address)
        print(u.recvfrom(100)[0])
    userver.shutdown()
    t.join()
print("udp server stopped")
