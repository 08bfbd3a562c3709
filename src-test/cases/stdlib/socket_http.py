# http.server on a thread + urllib.request GET and POST on loopback.
import http.server
import threading
import urllib.request


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.reply(("GET " + self.path).encode())

    def do_POST(self):
        n = int(self.headers["Content-Length"])
        self.reply(b"POST " + self.rfile.read(n))

    def reply(self, body):
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
t.start()
base = "http://127.0.0.1:%d" % httpd.server_address[1]
with urllib.request.urlopen(base + "/hello?x=1", timeout=30) as r:
    print(r.status, r.reason, r.headers["Content-Type"], r.read())
with urllib.request.urlopen(urllib.request.Request(base + "/form", data=b"a=1&b=2"), timeout=30) as r:
    print(r.status, r.read())
httpd.shutdown()
httpd.server_close()
t.join()
print("http server stopped")
