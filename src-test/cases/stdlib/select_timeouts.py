# select: what works without pollable descriptors (timeouts, errors, select.error).
import select
print(select.error is OSError, select.PIPE_BUF, select.select([], [], [], 0), select.select([], (), [], 0.01))
for a in [([], [], [], -1), ([], [], [], 'x'), (1, [], [])]:
    try:
        print(select.select(*a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
