TEXT = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness"""

def words(text):
    result = []
    current = ""
    for ch in text.lower():
        if "a" <= ch <= "z":
            current += ch
        elif current:
            result.append(current)
            current = ""
    if current:
        result.append(current)
    return result

counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1

def by_count_then_word(item):
    return (-item[1], item[0])

for word, n in sorted(counts.items(), key=by_count_then_word):
    print(word.ljust(12), n)
print("distinct:", len(counts), "total:", sum(counts.values()))
