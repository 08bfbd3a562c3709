# Class-heavy benchmark (issue 4): a discrete-event simulation of a job shop plus a small
# constraint solver. Exercises attribute loads on instances of unchanged classes, method calls
# through inheritance and super(), properties and a data descriptor, __slots__ classes, rich
# comparisons (a heap of events written in Python), __hash__/__eq__ on dict keys, __len__/__iter__/
# __contains__, class methods, and exceptions used for control in a few places. No imports.


class Rng:
    """A linear congruential generator, so the run is deterministic without the random module."""
    __slots__ = ("state",)

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state

    def below(self, n):
        return self.next() % n

    def choice(self, seq):
        return seq[self.below(len(seq))]


class Positive:
    """A data descriptor that validates numbers assigned to it."""

    def __set_name__(self, owner, name):
        self.slot = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.slot)

    def __set__(self, obj, value):
        if value < 0:
            raise ValueError(f"{self.slot[1:]} must be non-negative, got {value}")
        setattr(obj, self.slot, value)


# ---- events and the event queue ----------------------------------------------------------------

class Event:
    __slots__ = ("time", "seq", "kind", "payload")

    def __init__(self, time, seq, kind, payload):
        self.time = time
        self.seq = seq
        self.kind = kind
        self.payload = payload

    def __lt__(self, other):
        if self.time != other.time:
            return self.time < other.time
        return self.seq < other.seq

    def __repr__(self):
        return f"Event({self.time}, {self.kind})"


class EventQueue:
    """A binary heap of events, written out so comparisons go through Event.__lt__."""

    def __init__(self):
        self.heap = []
        self.counter = 0

    def __len__(self):
        return len(self.heap)

    def __bool__(self):
        return len(self.heap) > 0

    def push(self, time, kind, payload):
        self.counter += 1
        ev = Event(time, self.counter, kind, payload)
        heap = self.heap
        heap.append(ev)
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) // 2
            if heap[i] < heap[parent]:
                heap[i], heap[parent] = heap[parent], heap[i]
                i = parent
            else:
                break

    def pop(self):
        heap = self.heap
        last = heap.pop()
        if not heap:
            return last
        top = heap[0]
        heap[0] = last
        n = len(heap)
        i = 0
        while True:
            left = 2 * i + 1
            if left >= n:
                break
            smallest = left
            right = left + 1
            if right < n and heap[right] < heap[left]:
                smallest = right
            if heap[smallest] < heap[i]:
                heap[i], heap[smallest] = heap[smallest], heap[i]
                i = smallest
            else:
                break
        return top


# ---- the shop: resources, tasks, jobs, workers ------------------------------------------------

class Resource:
    def __init__(self, name, capacity):
        self.name = name
        self.capacity = capacity
        self.in_use = 0
        self.busy_time = 0
        self.waiting = []

    @property
    def free(self):
        return self.capacity - self.in_use

    def acquire(self):
        if self.in_use >= self.capacity:
            return False
        self.in_use += 1
        return True

    def release(self, duration):
        self.in_use -= 1
        self.busy_time += duration

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        return isinstance(other, Resource) and self.name == other.name

    def __repr__(self):
        return f"Resource({self.name})"


class Machine(Resource):
    def __init__(self, name, capacity, speed):
        super().__init__(name, capacity)
        self.speed = speed
        self.breakdowns = 0

    def duration_for(self, work):
        return (work * 10 + self.speed - 1) // self.speed


class FlakyMachine(Machine):
    def __init__(self, name, capacity, speed, rng):
        super().__init__(name, capacity, speed)
        self.rng = rng

    def duration_for(self, work):
        base = super().duration_for(work)
        if self.rng.below(50) == 0:
            self.breakdowns += 1
            return base * 3
        return base


class Task:
    work = Positive()

    def __init__(self, job, index, resource, work):
        self.job = job
        self.index = index
        self.resource = resource
        self.work = work
        self.started = -1
        self.finished = -1

    @property
    def done(self):
        return self.finished >= 0

    def __repr__(self):
        return f"Task({self.job.ident}.{self.index})"


class Job:
    next_ident = 0

    def __init__(self, priority):
        self.ident = Job.allocate()
        self.priority = priority
        self.tasks = []
        self.created = 0
        self.completed = -1

    @classmethod
    def allocate(cls):
        cls.next_ident += 1
        return cls.next_ident

    def add(self, resource, work):
        self.tasks.append(Task(self, len(self.tasks), resource, work))
        return self

    def __iter__(self):
        return iter(self.tasks)

    def __len__(self):
        return len(self.tasks)

    def __contains__(self, resource):
        for t in self.tasks:
            if t.resource == resource:
                return True
        return False

    def next_task(self):
        for t in self.tasks:
            if not t.done:
                return t
        return None

    @property
    def latency(self):
        return self.completed - self.created


class UrgentJob(Job):
    def __init__(self, priority):
        super().__init__(priority + 10)


class NoTask(Exception):
    pass


class Shop:
    def __init__(self, machines):
        self.machines = machines
        self.queue = EventQueue()
        self.now = 0
        self.finished = []
        self.stats = {}

    def submit(self, job, at):
        job.created = at
        self.queue.push(at, "ready", job)

    def count(self, key):
        self.stats[key] = self.stats.get(key, 0) + 1

    def start(self, job):
        task = job.next_task()
        if task is None:
            raise NoTask(job.ident)
        res = task.resource
        if res.acquire():
            task.started = self.now
            d = res.duration_for(task.work)
            self.queue.push(self.now + d, "done", task)
            self.count("start")
        else:
            res.waiting.append(job)
            res.waiting.sort(key=lambda j: -j.priority)
            self.count("wait")

    def complete(self, task):
        task.finished = self.now
        res = task.resource
        res.release(task.finished - task.started)
        job = task.job
        try:
            self.start(job)
        except NoTask:
            job.completed = self.now
            self.finished.append(job)
            self.count("complete")
        if res.waiting:
            self.start(res.waiting.pop(0))

    def run(self):
        q = self.queue
        while q:
            ev = q.pop()
            self.now = ev.time
            if ev.kind == "ready":
                self.start(ev.payload)
            else:
                self.complete(ev.payload)
        return self.now


def simulate(seed, njobs):
    rng = Rng(seed)
    machines = [Machine("lathe", 2, 7), Machine("mill", 1, 5), FlakyMachine("press", 2, 9, rng),
                Machine("paint", 3, 4), FlakyMachine("pack", 1, 11, rng)]
    shop = Shop(machines)
    for i in range(njobs):
        job = UrgentJob(rng.below(5)) if rng.below(10) == 0 else Job(rng.below(5))
        for _ in range(2 + rng.below(4)):
            job.add(rng.choice(machines), 1 + rng.below(20))
        shop.submit(job, i * 3)
    end = shop.run()
    latency = 0
    urgent = 0
    for job in shop.finished:
        latency += job.latency
        if isinstance(job, UrgentJob):
            urgent += 1
    usage = {m: m.busy_time for m in machines}
    lathe = Machine("lathe", 0, 1)
    breakdowns = sum(m.breakdowns for m in machines)
    return (end, latency // max(1, len(shop.finished)), urgent, usage[lathe], breakdowns,
            shop.stats["start"], shop.stats.get("wait", 0))


# ---- a small constraint solver (map colouring with forward checking) ---------------------------

class Variable:
    __slots__ = ("name", "domain", "value", "neighbours")

    def __init__(self, name, domain):
        self.name = name
        self.domain = set(domain)
        self.value = None
        self.neighbours = []

    def __repr__(self):
        return f"Variable({self.name})"


class Constraint:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def satisfied(self, x, y):
        raise NotImplementedError

    def other(self, v):
        return self.b if v is self.a else self.a


class Different(Constraint):
    def satisfied(self, x, y):
        return x != y


class NotAdjacentColour(Different):
    def satisfied(self, x, y):
        return super().satisfied(x, y) and abs(x - y) != 1


class Solver:
    def __init__(self, variables, constraints):
        self.variables = variables
        self.constraints = constraints
        self.by_var = {v.name: [] for v in variables}
        for c in constraints:
            self.by_var[c.a.name].append(c)
            self.by_var[c.b.name].append(c)
        self.nodes = 0

    def select(self):
        best = None
        for v in self.variables:
            if v.value is None and (best is None or len(v.domain) < len(best.domain)):
                best = v
        return best

    def consistent(self, var, value):
        for c in self.by_var[var.name]:
            o = c.other(var)
            if o.value is not None and not c.satisfied(value, o.value):
                return False
        return True

    def prune(self, var, value):
        removed = []
        for c in self.by_var[var.name]:
            o = c.other(var)
            if o.value is None:
                for w in list(o.domain):
                    if not c.satisfied(value, w):
                        o.domain.discard(w)
                        removed.append((o, w))
        return removed

    def solve(self):
        var = self.select()
        if var is None:
            return True
        for value in sorted(var.domain):
            self.nodes += 1
            if self.consistent(var, value):
                var.value = value
                removed = self.prune(var, value)
                if all(o.domain for o, _ in removed) and self.solve():
                    return True
                for o, w in removed:
                    o.domain.add(w)
                var.value = None
        return False


def colour_grid(size, colours):
    variables = [Variable(f"c{r}_{c}", range(colours)) for r in range(size) for c in range(size)]
    grid = {(r, c): variables[r * size + c] for r in range(size) for c in range(size)}
    constraints = []
    for (r, c), v in grid.items():
        for dr, dc in ((0, 1), (1, 0), (1, 1), (1, -1)):
            n = grid.get((r + dr, c + dc))
            if n is not None:
                kind = NotAdjacentColour if (r + c) % 4 == 0 else Different
                constraints.append(kind(v, n))
    solver = Solver(variables, constraints)
    ok = solver.solve()
    checksum = sum(v.value * (i + 1) for i, v in enumerate(variables)) if ok else -1
    return ok, solver.nodes, checksum


total = []
for seed in range(1, 4):
    total.append(simulate(seed, 4000))
print(total)
print([colour_grid(n, 6) for n in (4, 6, 8, 10, 12)])
