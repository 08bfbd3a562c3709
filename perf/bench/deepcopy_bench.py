# copy.deepcopy in the spirit of the classic "deepcopy" benchmark: nested dicts, lists, tuples,
# sets, instances of a plain class and of a dataclass, shared references (the memo) and a cycle.
# Prints a checksum of the copies and checks that shared structure stays shared.
import copy
from dataclasses import dataclass


@dataclass
class Config:
    name: str
    values: list
    extra: dict


class Node:
    def __init__(self, value, children):
        self.value = value
        self.children = children


def build():
    shared = [1, 2, 3]
    tree = Node(0, [Node(i, [Node(i * 10 + j, []) for j in range(3)]) for i in range(4)])
    return {
        "list": list(range(20)),
        "str": "hello",
        "tuple": (1, 2.5, "x", (3, 4)),
        "nested": {"a": [shared, shared], "b": {"c": frozenset({1}), "d": None}},
        "config": Config("cfg", [1, 2, {"k": shared}], {"t": (1, [2])}),
        "tree": tree,
        "bytes": b"abc",
    }


def tree_sum(node):
    return node.value + sum(tree_sum(c) for c in node.children)


def main():
    data = build()
    cyclic = [1, 2]
    cyclic.append(cyclic)
    total = 0
    for i in range(8000):
        c = copy.deepcopy(data)
        total += sum(c["list"]) + len(c["nested"]["a"][0]) + tree_sum(c["tree"])
        assert c["nested"]["a"][0] is c["nested"]["a"][1]
        assert c["nested"]["a"][0] is not data["nested"]["a"][0]
        assert c["tuple"] is data["tuple"]
    cc = copy.deepcopy(cyclic)
    print("total", total, "cycle", cc[2] is cc, cc[2] is not cyclic)
    print(c["config"], copy.copy(c["config"]) == c["config"])


main()
