# A board game Monte-Carlo playout in the spirit of the classic "go" benchmark: a 9x9 Go board
# with groups tracked by union-find, liberties counted with sets, captures, a simple ko rule and
# random legal playouts with random.Random(seed). Exercises classes, lists of objects, sets,
# recursion-free flood fill and the Mersenne Twister. Prints a checksum of the final boards.
import random

SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.neighbours = []
        for p in range(SIZE * SIZE):
            x, y = p % SIZE, p // SIZE
            ns = []
            if x > 0:
                ns.append(p - 1)
            if x < SIZE - 1:
                ns.append(p + 1)
            if y > 0:
                ns.append(p - SIZE)
            if y < SIZE - 1:
                ns.append(p + SIZE)
            self.neighbours.append(tuple(ns))
        self.ko = None
        self.captured = {BLACK: 0, WHITE: 0}
        self.moves = 0

    def group(self, p):
        colour = self.cells[p]
        stones = {p}
        liberties = set()
        todo = [p]
        while todo:
            q = todo.pop()
            for n in self.neighbours[q]:
                c = self.cells[n]
                if c == EMPTY:
                    liberties.add(n)
                elif c == colour and n not in stones:
                    stones.add(n)
                    todo.append(n)
        return stones, liberties

    def legal(self, p, colour):
        if self.cells[p] != EMPTY or p == self.ko:
            return False
        other = 3 - colour
        self.cells[p] = colour
        try:
            for n in self.neighbours[p]:
                if self.cells[n] == other and not self.group(n)[1]:
                    return True
            return bool(self.group(p)[1])
        finally:
            self.cells[p] = EMPTY

    def play(self, p, colour):
        other = 3 - colour
        self.cells[p] = colour
        removed = []
        for n in self.neighbours[p]:
            if self.cells[n] == other:
                stones, libs = self.group(n)
                if not libs:
                    for s in stones:
                        self.cells[s] = EMPTY
                    removed.extend(stones)
        self.captured[colour] += len(removed)
        self.ko = removed[0] if len(removed) == 1 else None
        self.moves += 1

    def is_eye(self, p, colour):
        return all(self.cells[n] == colour for n in self.neighbours[p])

    def score(self):
        black = self.cells.count(BLACK)
        white = self.cells.count(WHITE)
        for p in range(SIZE * SIZE):
            if self.cells[p] == EMPTY:
                owners = {self.cells[n] for n in self.neighbours[p]} - {EMPTY}
                if owners == {BLACK}:
                    black += 1
                elif owners == {WHITE}:
                    white += 1
        return black - white

    def __str__(self):
        chars = ".XO"
        return "\n".join("".join(chars[self.cells[y * SIZE + x]] for x in range(SIZE))
                         for y in range(SIZE))


def playout(rng):
    board = Board()
    colour = BLACK
    passes = 0
    while passes < 2 and board.moves < 300:
        empties = [p for p in range(SIZE * SIZE) if board.cells[p] == EMPTY]
        rng.shuffle(empties)
        for p in empties:
            if not board.is_eye(p, colour) and board.legal(p, colour):
                board.play(p, colour)
                passes = 0
                break
        else:
            passes += 1
        colour = 3 - colour
    return board


def main():
    rng = random.Random(42)
    total = 0
    checksum = 0
    for game in range(100):
        board = playout(rng)
        total += board.score()
        for c in board.cells:
            checksum = (checksum * 3 + c) % 1000000007
        checksum = (checksum + board.captured[BLACK] * 7 + board.captured[WHITE]) % 1000000007
    print(board)
    print("score sum", total, "checksum", checksum, "moves", board.moves)


main()
