"""Regex benchmark: parse a synthetic web-server log with the re module (search, match with
named groups, findall, sub with a template and with a function, split), print a checksum."""
import re

METHODS = ['GET', 'POST', 'PUT', 'DELETE']
PATHS = ['/index.html', '/api/v1/users', '/static/app.js', '/api/v1/orders/17', '/login']
AGENTS = ['Mozilla/5.0 (X11; Linux x86_64)', 'curl/7.88.1', 'python-requests/2.31']


def make_log(n):
    lines = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        ip = '10.%d.%d.%d' % (x % 256, (x >> 8) % 256, (x >> 16) % 256)
        method = METHODS[x % 4]
        path = PATHS[(x >> 3) % 5]
        status = (200, 200, 200, 301, 404, 500)[(x >> 5) % 6]
        size = (x >> 7) % 50000
        ms = (x >> 11) % 900
        agent = AGENTS[(x >> 13) % 3]
        lines.append('%s - user%d [05/Jan/2024:10:%02d:%02d +0000] "%s %s HTTP/1.1" %d %d "%s" rt=%dms'
                     % (ip, x % 97, (i // 60) % 60, i % 60, method, path, status, size, agent, ms))
    return lines


LINE = re.compile(r'(?P<ip>\d+\.\d+\.\d+\.\d+) - (?P<user>\w+) \[(?P<ts>[^\]]+)\] '
                  r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+) '
                  r'"(?P<agent>[^"]*)" rt=(?P<ms>\d+)ms')
API = re.compile(r'^/api/v(\d+)/(\w+)(?:/(\d+))?$')
IP = re.compile(r'\b(\d+)\.(\d+)\.\d+\.\d+\b')
WORD = re.compile(r'[A-Za-z]+')


def main():
    lines = make_log(36000)
    by_status = {}
    api_hits = 0
    total_ms = 0
    words = 0
    checksum = 0
    for line in lines:
        m = LINE.match(line)
        if m is None:
            continue
        status = m.group('status')
        by_status[status] = by_status.get(status, 0) + 1
        total_ms += int(m.group('ms'))
        a = API.match(m.group('path'))
        if a:
            api_hits += 1
        words += len(WORD.findall(m.group('agent')))
        red = IP.sub(r'\1.\2.x.x', line)
        checksum += len(red)
        if re.search(r'\b(?:404|500)\b', line):
            checksum += len(re.split(r'[ /]', line))
    text = '\n'.join(lines[:9000])
    slow = re.findall(r'(?m)^.*rt=(?:[5-8]\d\d)ms$', text)
    masked = re.sub(r'user(\d+)', lambda mm: 'u' + str(int(mm.group(1)) % 7), text)
    print(sorted(by_status.items()), api_hits, total_ms, words, checksum, len(slow), len(masked))


main()
