# time: the clocks move forward and have the right types; sleep's argument errors.
import time

t0 = time.time(); m0 = time.monotonic(); p0 = time.perf_counter(); n0 = time.perf_counter_ns()
time.sleep(0.01)
print(type(t0).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__)
print(time.time() >= t0, time.monotonic() > m0, time.perf_counter() - p0 >= 0.009, time.perf_counter_ns() > n0)
print(abs(time.time_ns() / 1e9 - time.time()) < 1, time.process_time() >= 0)
for bad in (-1, float("nan"), "1"):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
