# benchmark program bench/python/interp/richards.py at a small size (timing line removed)
# args: 2
"""Richards: Martin Richards' operating-system simulation benchmark
(a scheduler running an idle task, a worker, two handlers and two devices
that exchange packets), written for this repository from the published
description of the algorithm."""
import sys
import time

I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = 1, 2, 3, 4, 5, 6
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return lst


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

    def waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_held_or_suspended(self):
        return self.task_holding or (not self.packet_pending and
                                     self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and \
            not self.task_holding


class TaskRec:
    pass


class DeviceRec(TaskRec):
    def __init__(self):
        self.pending = None


class IdleRec(TaskRec):
    def __init__(self):
        self.control = 1
        self.count = 10000


class HandlerRec(TaskRec):
    def __init__(self):
        self.work_in = None
        self.device_in = None

    def work_in_add(self, p):
        self.work_in = p.append_to(self.work_in)
        return self.work_in

    def device_in_add(self, p):
        self.device_in = p.append_to(self.device_in)
        return self.device_in


class WorkerRec(TaskRec):
    def __init__(self):
        self.dest = I_HANDLERA
        self.count = 0


class Scheduler:
    def __init__(self):
        self.task_tab = [None] * 10
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0
        self.current = None
        self.current_id = 0

    def find(self, ident):
        t = self.task_tab[ident]
        if t is None:
            raise ValueError("bad task id %d" % ident)
        return t


class Task(TaskState):
    def __init__(self, sched, ident, priority, wkq, state, rec):
        TaskState.__init__(self)
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.input = wkq
        self.packet_pending = state.packet_pending
        self.task_waiting = state.task_waiting
        self.task_holding = state.task_holding
        self.handle = rec
        sched.task_list = self
        sched.task_tab[ident] = self

    def fn(self, pkt, rec):
        raise NotImplementedError

    def add_packet(self, p, old):
        if self.input is None:
            self.input = p
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            p.append_to(self.input)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.running()
            else:
                self.packet_pending_state()
        else:
            msg = None
        return self.fn(msg, self.handle)

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


class DeviceTask(Task):
    def fn(self, pkt, r):
        if pkt is None:
            pkt = r.pending
            if pkt is None:
                return self.wait_task()
            r.pending = None
            return self.qpkt(pkt)
        r.pending = pkt
        return self.hold()


class HandlerTask(Task):
    def fn(self, pkt, r):
        if pkt is not None:
            if pkt.kind == K_WORK:
                r.work_in_add(pkt)
            else:
                r.device_in_add(pkt)
        work = r.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            r.work_in = work.link
            return self.qpkt(work)
        dev = r.device_in
        if dev is None:
            return self.wait_task()
        r.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class IdleTask(Task):
    def fn(self, pkt, r):
        r.count -= 1
        if r.count == 0:
            return self.hold()
        if r.control & 1 == 0:
            r.control //= 2
            return self.release(I_DEVA)
        r.control = r.control // 2 ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    def fn(self, pkt, r):
        if pkt is None:
            return self.wait_task()
        if r.dest == I_HANDLERA:
            dest = I_HANDLERB
        else:
            dest = I_HANDLERA
        r.dest = dest
        pkt.ident = dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            r.count += 1
            if r.count > 26:
                r.count = 1
            pkt.data[i] = ord("A") + r.count - 1
        return self.qpkt(pkt)


def schedule(sched):
    t = sched.task_list
    while t is not None:
        if t.is_held_or_suspended():
            t = t.link
        else:
            t = t.run_task()


def run_once(iterations):
    sched = Scheduler()
    IdleTask(sched, I_IDLE, 1, None, TaskState().running(), IdleRec())
    w = Packet(None, 0, K_WORK)
    w = Packet(w, 0, K_WORK)
    WorkTask(sched, I_WORK, 1000, w, TaskState().waiting_with_packet(),
             WorkerRec())
    w = Packet(None, I_DEVA, K_DEV)
    w = Packet(w, I_DEVA, K_DEV)
    w = Packet(w, I_DEVA, K_DEV)
    HandlerTask(sched, I_HANDLERA, 2000, w, TaskState().waiting_with_packet(),
                HandlerRec())
    w = Packet(None, I_DEVB, K_DEV)
    w = Packet(w, I_DEVB, K_DEV)
    w = Packet(w, I_DEVB, K_DEV)
    HandlerTask(sched, I_HANDLERB, 3000, w, TaskState().waiting_with_packet(),
                HandlerRec())
    DeviceTask(sched, I_DEVA, 4000, None, TaskState().waiting(), DeviceRec())
    DeviceTask(sched, I_DEVB, 5000, None, TaskState().waiting(), DeviceRec())
    schedule(sched)
    return sched.qpkt_count, sched.hold_count


def main():
    iterations = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    t0 = time.process_time()
    result = None
    for _ in range(iterations):
        result = run_once(iterations)
    elapsed = time.process_time() - t0
    print("richards", iterations, "runs:", result)


main()
