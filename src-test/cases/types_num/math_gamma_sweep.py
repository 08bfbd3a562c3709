# math.gamma and math.lgamma over a sweep of inputs: same floats and errors as CPython.
import math
xs = [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 5.5, 10.0, 20.3, 50.5, 100.0, 171.0, 171.6, 171.7, 172.0, 0.1, 0.001,
      1e-10, 1e-300, -0.5, -1.5, -2.5, -10.5, -100.5, -170.5, -171.5, -180.5, -0.0, 0.0, -1.0, -2.0,
      float('inf'), float('-inf'), float('nan'), 1e300, -1e300, 3.7, 7.25, 33.3, 0.9999, 1.0001, 2.0000001,
      -1e-10, 143.2, 200.0, 1e-320, 4.5e15, -4.5e15 - 0.5, 2.5e-5, 12.0, 13.0, 23.0, 24.0, 30.5]
xs += [k / 7 for k in range(-40, 60)]
for f in (math.gamma, math.lgamma):
    for x in xs:
        try:
            r = repr(f(x))
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(f.__name__, repr(x), r)
