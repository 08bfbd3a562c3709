import csv
import io

rows = [["name", "qty", "note"], ["apple", 3, 'says "hi"'], ["pear", 0, "a,b"], ["x", 1.5, "multi\nline"]]
buf = io.StringIO()
w = csv.writer(buf)
w.writerows(rows)
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()))))

buf = io.StringIO()
w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writerow(["a", 1, 2.5, None])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()), delimiter=";", quoting=csv.QUOTE_NONNUMERIC)))

buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["id", "name"], extrasaction="ignore")
dw.writeheader()
dw.writerow({"id": 1, "name": "a", "extra": 9})
dw.writerows([{"id": 2, "name": "b"}, {"id": 3}])
print(repr(buf.getvalue()))
for r in csv.DictReader(io.StringIO(buf.getvalue())):
    print(r)
print(list(csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="rest", restval="?")))

csv.register_dialect("pipes", delimiter="|", quotechar="'", quoting=csv.QUOTE_MINIMAL)
print(list(csv.reader(["a|'b|c'|d"], dialect="pipes")), sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace)
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("Error:", e)

class Tabs(csv.Dialect):
    delimiter = "\t"
    quotechar = '"'
    lineterminator = "\r\n"
    quoting = csv.QUOTE_ALL
    doublequote = True
    skipinitialspace = False
buf = io.StringIO()
csv.writer(buf, Tabs).writerow(["a", "b"])
print(repr(buf.getvalue()))

sn = csv.Sniffer()
sample = "x;y;z\n1;2;3\n4;5;6\n"
dia = sn.sniff(sample)
print(dia.delimiter, sn.has_header(sample), sn.has_header("a,b\nc,d\n"))
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(['"a""b",c'])), list(csv.reader(['a\\,b,c'], escapechar="\\")))
try:
    list(csv.reader(['"abc'], strict=True))
except csv.Error as e:
    print("Error:", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error:", e)
try:
    csv.reader([], delimiter="ab")
except TypeError as e:
    print("TypeError:", e)
try:
    list(csv.reader([1]))
except csv.Error as e:
    print("Error:", e)
r = csv.reader(["a,b", "c,d"])
next(r)
print(r.line_num, csv.field_size_limit() > 0)
