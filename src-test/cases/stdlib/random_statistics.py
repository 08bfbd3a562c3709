# random (seeded) and statistics as programs use them
import random, statistics, math
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.uniform(1, 2), random.getrandbits(70))
items = list(range(10)); random.shuffle(items); print(items)
print(random.choice('abcdef'), random.choices(range(5), k=6), random.choices('ab', weights=[1, 9], k=5), random.choices('xyz', cum_weights=[1, 2, 3], k=3))
print(random.sample(range(100), 5), random.sample(['a', 'b', 'c'], counts=[2, 1, 1], k=3))
print(round(random.gauss(0, 1), 10), round(random.normalvariate(5, 2), 10), round(random.expovariate(1.5), 10), round(random.triangular(0, 10, 3), 10))
print(round(random.betavariate(2, 3), 10), round(random.gammavariate(2, 1), 10), round(random.lognormvariate(0, 1), 10), round(random.vonmisesvariate(1, 2), 10))
print(round(random.paretovariate(3), 10), round(random.weibullvariate(1, 2), 10), random.randbytes(5))
st = random.getstate(); x1 = random.random(); random.setstate(st); print(x1 == random.random())
r = random.Random(42); r2 = random.Random(42); print(r.random() == r2.random(), r.randint(0, 9), random.Random('seed string').random(), random.Random(b'bytes').random())
class MyRandom(random.Random):
    pass
print(MyRandom(7).random() == random.Random(7).random())
for call in (lambda: random.randrange(5, 5), lambda: random.choice([]), lambda: random.sample([1, 2], 3), lambda: random.randint(3, 1), lambda: random.choices('ab', weights=[1], k=1), lambda: random.randrange(1.5)):
    try:
        call()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
data = [2.5, 3.25, 5.5, 11.25, 11.75, 3.25]
print(statistics.mean(data), statistics.median(data), statistics.median_low(data), statistics.median_high(data), statistics.mode(data))
print(statistics.fmean(data), statistics.geometric_mean([1, 2, 4]), statistics.harmonic_mean([40, 60]), statistics.multimode('aabbbcccc'))
print(statistics.pstdev(data), statistics.stdev(data), statistics.pvariance(data), statistics.variance(data))
print(statistics.quantiles(range(1, 11), n=4), statistics.quantiles([1, 2, 3, 4, 5, 6, 7], n=3, method='inclusive'), statistics.median_grouped([1, 2, 2, 3, 4]))
from fractions import Fraction
from decimal import Decimal
print(statistics.mean([Fraction(1, 3), Fraction(2, 3), 1]), statistics.mean([Decimal('1.1'), Decimal('2.2')]), statistics.variance([Fraction(1, 2), Fraction(3, 2)]))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]), statistics.covariance([1, 2, 3], [3, 2, 1]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
nd = statistics.NormalDist(100, 15); print(nd, round(nd.cdf(130), 10), round(nd.inv_cdf(0.9), 10), round(nd.pdf(100), 10), nd.mean, nd.stdev)
print(statistics.NormalDist.from_samples([1, 2, 3, 4]), (nd + 10).mean, (nd * 2).stdev, round(nd.overlap(statistics.NormalDist(110, 15)), 10))
for call in (lambda: statistics.mean([]), lambda: statistics.stdev([1]), lambda: statistics.mode([]), lambda: statistics.geometric_mean([-1, 2]), lambda: statistics.harmonic_mean([-1]), lambda: statistics.NormalDist(0, -1), lambda: statistics.quantiles([1], n=4)):
    try:
        print(call())
    except statistics.StatisticsError as e:
        print('StatisticsError', e)
print(issubclass(statistics.StatisticsError, ValueError))
