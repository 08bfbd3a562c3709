# Task scheduler in the spirit of the classic "richards" benchmark: an operating-system kernel
# simulation with an idle task, a worker, two handlers and two devices exchanging packets through
# a scheduler. Exercises classes with inheritance, method calls through overridden methods,
# attribute reads/writes and linked lists of objects. Prints counters of the work done.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packet_pending_state(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_state(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running_state(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_with_packet_state(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_held_or_suspended(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Task(TaskState):
    def __init__(self, sched, ident, priority, wait, state):
        super().__init__()
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.input = wait
        self.packet_pending = state.packet_pending
        self.task_waiting = state.task_waiting
        self.task_holding = state.task_holding
        sched.task_list = self
        sched.table[ident] = self

    def add_packet(self, packet, old):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.input = packet.append_to(self.input)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.running_state()
            else:
                self.packet_pending_state()
        else:
            msg = None
        return self.fn(msg)

    def wait_task(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        t = self.sched.find(ident)
        t.task_holding = False
        if t.priority > self.priority:
            return t
        return self

    def qpkt(self, pkt):
        t = self.sched.find(pkt.ident)
        self.sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, wait, state, count):
        super().__init__(sched, ident, priority, wait, state)
        self.control = 1
        self.count = count

    def fn(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control //= 2
            return self.release(DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.release(DEVICE_B)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, wait, state):
        super().__init__(sched, ident, priority, wait, state)
        self.destination = HANDLER_A
        self.count = 0

    def fn(self, pkt):
        if pkt is None:
            return self.wait_task()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        pkt.ident = self.destination
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = ord("A") + self.count - 1
        return self.qpkt(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, wait, state):
        super().__init__(sched, ident, priority, wait, state)
        self.work_in = None
        self.device_in = None

    def fn(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        if self.work_in is not None:
            work = self.work_in
            count = work.datum
            if count < BUFSIZE:
                if self.device_in is not None:
                    dev = self.device_in
                    self.device_in = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    return self.qpkt(dev)
            else:
                self.work_in = work.link
                return self.qpkt(work)
        return self.wait_task()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, wait, state):
        super().__init__(sched, ident, priority, wait, state)
        self.pending = None

    def fn(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.wait_task()
            p = self.pending
            self.pending = None
            return self.qpkt(p)
        self.pending = pkt
        self.sched.output.append(pkt.datum)
        return self.hold()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.table = [None] * 6
        self.hold_count = 0
        self.qpkt_count = 0
        self.output = []

    def find(self, ident):
        return self.table[ident]

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.is_held_or_suspended():
                t = t.link
            else:
                t = t.run_task()


def run_once(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, TaskState().running_state(), count)
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    WorkTask(s, WORKER, 1000, wq, TaskState().waiting_with_packet_state())
    wq = Packet(None, DEVICE_A, KIND_DEVICE)
    wq = Packet(wq, DEVICE_A, KIND_DEVICE)
    wq = Packet(wq, DEVICE_A, KIND_DEVICE)
    HandlerTask(s, HANDLER_A, 2000, wq, TaskState().waiting_with_packet_state())
    wq = Packet(None, DEVICE_B, KIND_DEVICE)
    wq = Packet(wq, DEVICE_B, KIND_DEVICE)
    wq = Packet(wq, DEVICE_B, KIND_DEVICE)
    HandlerTask(s, HANDLER_B, 3000, wq, TaskState().waiting_with_packet_state())
    DeviceTask(s, DEVICE_A, 4000, None, TaskState().waiting_state())
    DeviceTask(s, DEVICE_B, 5000, None, TaskState().waiting_state())
    s.schedule()
    checksum = 0
    for v in s.output:
        checksum = (checksum * 31 + v) % 1000003
    return s.hold_count, s.qpkt_count, len(s.output), checksum


def main():
    total = [0, 0, 0, 0]
    for _ in range(20):
        r = run_once(10000)
        for i in range(4):
            total[i] += r[i]
    print("holds", total[0], "packets", total[1], "output", total[2], "checksum", total[3])


main()
