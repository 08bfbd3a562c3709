# Start-up: a trivial program, so the time is JVM start, runtime initialisation, compiling this
# file and exit (CPython: interpreter start-up). Prints a checksum like the others.
total = 0
for word in "the quick brown fox".split():
    total += len(word)
print("startup:", total)
