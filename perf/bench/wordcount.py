# String building and word counting: str.join, split, lower, strip, dict get/set, sorting by count.
WORDS = "the quick brown fox jumps over the lazy dog and The DOG sleeps while a fox runs".split()

def make_text(n):
    parts = []
    for i in range(n):
        w = WORDS[(i * 7 + i // 3) % len(WORDS)]
        parts.append(w + ("," if i % 11 == 0 else "") + ("\n" if i % 17 == 0 else " "))
    return "".join(parts)

def count(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            w = word.strip(",.").lower()
            counts[w] = counts.get(w, 0) + 1
    return counts

total = 0
for rep in range(8):
    text = make_text(100000 + rep)
    counts = count(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    total += sum(c for _, c in top) + len(text)
print("top:", top, "checksum:", total)
