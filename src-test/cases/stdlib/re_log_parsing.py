# A small log-processing program: parse lines, aggregate, redact, reformat.
import re

LOG = """\
2024-01-05 10:00:01 INFO  [web] GET /index.html 200 1532 ms=12 user=alice ip=10.0.0.1
2024-01-05 10:00:02 WARN  [db] slow query took 1532ms table=users
2024-01-05 10:00:03 ERROR [web] POST /api/login 500 0 ms=230 user=bob ip=192.168.1.20
2024-01-05 10:00:04 INFO  [web] GET /about 404 12 ms=3 user=- ip=10.0.0.2
2024-01-05 10:00:05 DEBUG [cache] miss key=user:42
2024-01-05 10:00:06 INFO  [web] GET /index.html 200 1532 ms=9 user=carol ip=10.0.0.1
"""
line_re = re.compile(r'^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+\[(?P<src>\w+)\] (?P<msg>.*)$', re.M)
req_re = re.compile(r'(?P<method>GET|POST) (?P<path>\S+) (?P<status>\d{3}) (?P<size>\d+) ms=(?P<ms>\d+)')
kv_re = re.compile(r'(\w+)=(\S+)')
levels = {}
for m in line_re.finditer(LOG):
    levels[m['level']] = levels.get(m['level'], 0) + 1
    r = req_re.search(m['msg'])
    if r:
        print(m['time'], r['method'], r['path'], int(r['status']), int(r['ms']), dict(kv_re.findall(m['msg'])))
print(levels)
print(re.sub(r'\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b', r'\1.\2.x.x', LOG.splitlines()[2]))
print(re.sub(r'user=(\w+)', lambda m: 'user=' + m.group(1)[0] + '***', LOG.splitlines()[0]))
print(sorted(set(re.findall(r'\[(\w+)\]', LOG))))
print(re.findall(r'(?m)^.*\b(?:ERROR|WARN)\b.*$', LOG))
print(sum(int(x) for x in re.findall(r'ms=(\d+)', LOG)))
