import difflib
import reprlib

a = ["one\n", "two\n", "three\n", "four\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "five\n"]
print("".join(difflib.unified_diff(a, b, fromfile="a.txt", tofile="b.txt")))
print("".join(difflib.context_diff(a, b, fromfile="a", tofile="b")))
print("".join(difflib.ndiff(a, b)))
sm = difflib.SequenceMatcher(None, "abcdefg", "abxdefy")
print(sm.ratio(), sm.quick_ratio(), sm.get_matching_blocks())
print(sm.get_opcodes())
print(sm.find_longest_match(0, 7, 0, 7))
print(list(sm.get_grouped_opcodes(1)))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale"], n=2, cutoff=0.5))
print(list(difflib.restore(difflib.ndiff(a, b), 2)))
d = difflib.Differ()
print(list(d.compare(["abcdefg\n"], ["abcxefg\n"])))
print(difflib.SequenceMatcher(lambda c: c == " ", "a b c", "a  c").ratio())
html = difflib.HtmlDiff().make_table(["x"], ["y"])
print(html.count("<tr>"), "diff_sub" in html)

print(reprlib.repr(list(range(100))), reprlib.repr("a" * 100), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(3))), reprlib.repr((1, (2, (3, (4, (5, (6,))))))), reprlib.repr(10 ** 50))
ar = reprlib.Repr()
ar.maxlist = 2
ar.maxstring = 10
print(ar.repr([1, 2, 3, 4]), ar.repr("abcdefghijklmnop"))
class Node:
    def __init__(self):
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return "Node(%r)" % self.children
n = Node()
n.children.append(n)
print(repr(n))
