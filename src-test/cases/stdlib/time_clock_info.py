# time.get_clock_info: which properties each clock has (the implementation string names the
# platform clock, so it is only checked to be a non-empty str), and its errors.
import time
for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(name)
    print(name, info.monotonic, info.adjustable, 0 < info.resolution <= 1e-6,
          type(info.implementation).__name__, bool(info.implementation))
try:
    time.get_clock_info("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    time.get_clock_info(1)
except TypeError as e:
    print("TypeError:", e)
