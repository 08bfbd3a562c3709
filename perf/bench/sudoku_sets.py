# A constraint puzzle solver in the spirit of the classic "hexiom" benchmark, on Sudoku: candidate
# sets per cell in a dict, unit and peer sets, constraint propagation (eliminate/assign) with dict
# copies on each search branch, and a most-constrained-first depth-first search. Exercises dicts
# keyed by tuples, set operations, dict/set comprehensions and recursion. Prints the solutions.

DIGITS = "123456789"
CELLS = [(r, c) for r in range(9) for c in range(9)]
UNITS = ([[(r, c) for c in range(9)] for r in range(9)]
         + [[(r, c) for r in range(9)] for c in range(9)]
         + [[(r, c) for r in range(br, br + 3) for c in range(bc, bc + 3)]
            for br in (0, 3, 6) for bc in (0, 3, 6)])
UNITS_OF = {cell: [u for u in UNITS if cell in u] for cell in CELLS}
PEERS = {cell: set().union(*UNITS_OF[cell]) - {cell} for cell in CELLS}


class Contradiction(Exception):
    pass


def assign(values, cell, d):
    for other in values[cell] - {d}:
        eliminate(values, cell, other)
    return values


def eliminate(values, cell, d):
    if d not in values[cell]:
        return
    values[cell] = values[cell] - {d}
    remaining = values[cell]
    if not remaining:
        raise Contradiction(cell)
    if len(remaining) == 1:
        (only,) = remaining
        for peer in PEERS[cell]:
            eliminate(values, peer, only)
    for unit in UNITS_OF[cell]:
        places = [c for c in unit if d in values[c]]
        if not places:
            raise Contradiction(d)
        if len(places) == 1:
            assign(values, places[0], d)


def parse(grid):
    values = {cell: set(DIGITS) for cell in CELLS}
    for cell, ch in zip(CELLS, grid):
        if ch in DIGITS:
            assign(values, cell, ch)
    return values


def search(values, stats):
    if all(len(v) == 1 for v in values.values()):
        return values
    stats["nodes"] += 1
    n, cell = min((len(v), cell) for cell, v in values.items() if len(v) > 1)
    for d in sorted(values[cell]):
        trial = {k: v for k, v in values.items()}
        try:
            result = search(assign(trial, cell, d), stats)
        except Contradiction:
            stats["dead"] += 1
            continue
        if result:
            return result
    return None


PUZZLES = [
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
    "48.3............71.2.......7.5....6....2..8.............1.76...3.....4......5....",
    "..53.....8......2..7..1.5..4....53...1..7...6..32...8..6.5....9..4....3......97..",
]


def main():
    stats = {"nodes": 0, "dead": 0}
    for rounds in range(12):
        for p in PUZZLES:
            solved = search(parse(p), stats)
            text = "".join(next(iter(solved[cell])) for cell in CELLS)
            if rounds == 0:
                print(text)
    print("nodes", stats["nodes"], "dead ends", stats["dead"])


main()
