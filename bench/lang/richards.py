# Benchmark copy of tests/programs/real_richards.py: the classic "richards"
# operating-system simulation: a scheduler runs six tasks (idle, worker, two handlers, two
# devices) that exchange packets.  Tasks are objects of Task subclasses
# whose fn() is dispatched virtually; each task keeps a typed record of its
# private state.  The program runs the simulation with the standard
# parameters (checked against the well-known counts 9297 holds and 23246
# queued packets), prints per-task statistics, then runs a short traced
# simulation and prints the scheduling trace.
from __future__ import annotations

import sys

# bench-size: 200
# bench-quick: 3

I_IDLE = 1
I_WORK = 2
I_HANDLERA = 3
I_HANDLERB = 4
I_DEVA = 5
I_DEVB = 6

K_DEV = 1000
K_WORK = 1001

BUFSIZE = 4
TASK_TAB_SIZE = 10

EXPECTED_HOLDS = 9297
EXPECTED_QPKTS = 23246


# ---------------------------------------------------------------------------
# Packets
# ---------------------------------------------------------------------------

class Packet:
    """A message travelling between tasks; kind is K_DEV or K_WORK."""

    link: Packet | None
    ident: int
    kind: int
    datum: int
    data: list[int]

    def __init__(self, link: Packet | None, ident: int, kind: int) -> None:
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue: Packet | None) -> Packet:
        """Appends this packet to the end of queue and returns the queue."""
        self.link = None
        if queue is None:
            return self
        p = queue
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return queue

    def queue_length(self) -> int:
        n = 1
        p = self.link
        while p is not None:
            n += 1
            p = p.link
        return n


# ---------------------------------------------------------------------------
# Task records: the private state of each kind of task
# ---------------------------------------------------------------------------

class DeviceTaskRec:
    pending: Packet | None

    def __init__(self) -> None:
        self.pending = None


class IdleTaskRec:
    control: int
    count: int

    def __init__(self, count: int) -> None:
        self.control = 1
        self.count = count


class HandlerTaskRec:
    work_in: Packet | None
    device_in: Packet | None

    def __init__(self) -> None:
        self.work_in = None
        self.device_in = None

    def work_in_add(self, p: Packet) -> None:
        self.work_in = p.append_to(self.work_in)

    def device_in_add(self, p: Packet) -> None:
        self.device_in = p.append_to(self.device_in)


class WorkerTaskRec:
    destination: int
    count: int

    def __init__(self) -> None:
        self.destination = I_HANDLERA
        self.count = 0


# ---------------------------------------------------------------------------
# Task states
# ---------------------------------------------------------------------------

class TaskState:
    packet_pending: bool
    task_waiting: bool
    task_holding: bool

    def __init__(self) -> None:
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def set_packet_pending(self) -> TaskState:
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def set_waiting(self) -> TaskState:
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def set_running(self) -> TaskState:
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def set_waiting_with_packet(self) -> TaskState:
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_holding_or_waiting(self) -> bool:
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self) -> bool:
        return self.packet_pending and self.task_waiting and not self.task_holding

    def state_name(self) -> str:
        if self.task_holding:
            return "holding"
        if self.packet_pending and self.task_waiting:
            return "waiting+packet"
        if self.task_waiting:
            return "waiting"
        if self.packet_pending:
            return "packet pending"
        return "running"


# ---------------------------------------------------------------------------
# The scheduler's shared state
# ---------------------------------------------------------------------------

class Tracer:
    enabled: bool
    column: int
    lines: list[str]
    current: str

    def __init__(self) -> None:
        self.enabled = False
        self.column = 0
        self.lines = []
        self.current = ""

    def trace(self, c: str) -> None:
        if not self.enabled:
            return
        self.current += c
        self.column += 1
        if self.column >= 50:
            self.lines.append(self.current)
            self.current = ""
            self.column = 0

    def finish(self) -> list[str]:
        if self.current:
            self.lines.append(self.current)
            self.current = ""
        return self.lines


def empty_task_table() -> list[Task | None]:
    tab: list[Task | None] = []
    for _ in range(TASK_TAB_SIZE):
        tab.append(None)
    return tab


class WorkArea:
    task_tab: list[Task | None]
    task_list: Task | None
    hold_count: int
    qpkt_count: int
    tracer: Tracer

    def __init__(self) -> None:
        self.task_tab = empty_task_table()
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0
        self.tracer = Tracer()

    def reset(self) -> None:
        self.task_tab = empty_task_table()
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0

    def find(self, ident: int) -> Task:
        t = self.task_tab[ident]
        if t is None:
            raise ValueError(f"bad task id {ident}")
        return t


# ---------------------------------------------------------------------------
# Tasks
# ---------------------------------------------------------------------------

class Task(TaskState):
    link: Task | None
    ident: int
    priority: int
    input: Packet | None
    area: WorkArea
    runs: int

    def __init__(self, area: WorkArea, ident: int, priority: int,
                 input: Packet | None, initial: TaskState) -> None:
        super().__init__()
        self.area = area
        self.link = area.task_list
        self.ident = ident
        self.priority = priority
        self.input = input
        self.packet_pending = initial.packet_pending
        self.task_waiting = initial.task_waiting
        self.task_holding = initial.task_holding
        self.runs = 0
        area.task_list = self
        area.task_tab[ident] = self

    def name(self) -> str:
        return "task"

    def fn(self, pkt: Packet | None) -> Task | None:
        raise NotImplementedError("Task.fn")

    def add_packet(self, p: Packet, old: Task) -> Task:
        if self.input is None:
            self.input = p
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            p.append_to(self.input)
        return old

    def run_task(self) -> Task | None:
        msg: Packet | None = None
        if self.is_waiting_with_packet():
            msg = self.input
            assert msg is not None
            self.input = msg.link
            if self.input is None:
                self.set_running()
            else:
                self.set_packet_pending()
        self.runs += 1
        return self.fn(msg)

    def wait_task(self) -> Task:
        self.task_waiting = True
        return self

    def hold(self) -> Task | None:
        self.area.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident: int) -> Task:
        t = self.area.find(ident)
        t.task_holding = False
        if t.priority > self.priority:
            return t
        return self

    def qpkt(self, pkt: Packet) -> Task:
        t = self.area.find(pkt.ident)
        self.area.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)


class DeviceTask(Task):
    rec: DeviceTaskRec

    def __init__(self, area: WorkArea, ident: int, priority: int,
                 input: Packet | None, initial: TaskState, rec: DeviceTaskRec) -> None:
        self.rec = rec  # before super().__init__, which registers self
        super().__init__(area, ident, priority, input, initial)

    def name(self) -> str:
        return "device"

    def fn(self, pkt: Packet | None) -> Task | None:
        d = self.rec
        if pkt is None:
            pending = d.pending
            if pending is None:
                return self.wait_task()
            d.pending = None
            return self.qpkt(pending)
        d.pending = pkt
        self.area.tracer.trace(chr(pkt.datum))
        return self.hold()


class HandlerTask(Task):
    rec: HandlerTaskRec

    def __init__(self, area: WorkArea, ident: int, priority: int,
                 input: Packet | None, initial: TaskState, rec: HandlerTaskRec) -> None:
        self.rec = rec  # before super().__init__, which registers self
        super().__init__(area, ident, priority, input, initial)

    def name(self) -> str:
        return "handler"

    def fn(self, pkt: Packet | None) -> Task | None:
        h = self.rec
        if pkt is not None:
            if pkt.kind == K_WORK:
                h.work_in_add(pkt)
            else:
                h.device_in_add(pkt)
        work = h.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            h.work_in = work.link
            return self.qpkt(work)
        dev = h.device_in
        if dev is None:
            return self.wait_task()
        h.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class IdleTask(Task):
    rec: IdleTaskRec

    def __init__(self, area: WorkArea, ident: int, priority: int,
                 initial: TaskState, rec: IdleTaskRec) -> None:
        self.rec = rec  # before super().__init__, which registers self
        super().__init__(area, ident, priority, None, initial)

    def name(self) -> str:
        return "idle"

    def fn(self, pkt: Packet | None) -> Task | None:
        i = self.rec
        i.count -= 1
        if i.count == 0:
            return self.hold()
        if i.control & 1 == 0:
            i.control //= 2
            return self.release(I_DEVA)
        i.control = i.control // 2 ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    rec: WorkerTaskRec

    def __init__(self, area: WorkArea, ident: int, priority: int,
                 input: Packet | None, initial: TaskState, rec: WorkerTaskRec) -> None:
        self.rec = rec  # before super().__init__, which registers self
        super().__init__(area, ident, priority, input, initial)

    def name(self) -> str:
        return "worker"

    def fn(self, pkt: Packet | None) -> Task | None:
        w = self.rec
        if pkt is None:
            return self.wait_task()
        if w.destination == I_HANDLERA:
            dest = I_HANDLERB
        else:
            dest = I_HANDLERA
        w.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            w.count += 1
            if w.count > 26:
                w.count = 1
            pkt.data[i] = ord("A") + w.count - 1
        return self.qpkt(pkt)


# ---------------------------------------------------------------------------
# Building the task set and scheduling
# ---------------------------------------------------------------------------

def device_queue(ident: int, n: int) -> Packet | None:
    q: Packet | None = None
    for _ in range(n):
        q = Packet(q, ident, K_DEV)
    return q


def build_tasks(area: WorkArea, idle_count: int) -> None:
    IdleTask(area, I_IDLE, 1, TaskState().set_running(), IdleTaskRec(idle_count))
    wkq: Packet | None = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkTask(area, I_WORK, 1000, wkq, TaskState().set_waiting_with_packet(), WorkerTaskRec())
    HandlerTask(area, I_HANDLERA, 2000, device_queue(I_DEVA, 3),
                TaskState().set_waiting_with_packet(), HandlerTaskRec())
    HandlerTask(area, I_HANDLERB, 3000, device_queue(I_DEVB, 3),
                TaskState().set_waiting_with_packet(), HandlerTaskRec())
    DeviceTask(area, I_DEVA, 4000, None, TaskState().set_waiting(), DeviceTaskRec())
    DeviceTask(area, I_DEVB, 5000, None, TaskState().set_waiting(), DeviceTaskRec())


def schedule(area: WorkArea) -> int:
    steps = 0
    t = area.task_list
    while t is not None:
        if t.is_holding_or_waiting():
            t = t.link
        else:
            area.tracer.trace(chr(ord("0") + t.ident))
            steps += 1
            t = t.run_task()
    return steps


def task_report(area: WorkArea) -> list[str]:
    out: list[str] = []
    for ident in range(1, 7):
        t = area.find(ident)
        queued = 0
        if t.input is not None:
            queued = t.input.queue_length()
        out.append(f"{ident} {t.name():<8} prio {t.priority:>5} runs {t.runs:>6} "
                   f"queued {queued} state {t.state_name()}")
    return out


def run(area: WorkArea, iterations: int) -> bool:
    ok = True
    for it in range(iterations):
        area.reset()
        build_tasks(area, 10000)
        steps = schedule(area)
        good = area.hold_count == EXPECTED_HOLDS and area.qpkt_count == EXPECTED_QPKTS
        print(f"iteration {it}: steps {steps} holds {area.hold_count} "
              f"qpkts {area.qpkt_count} {'ok' if good else 'WRONG'}")
        ok = ok and good
    return ok


def traced_run(area: WorkArea, idle_count: int) -> list[str]:
    area.reset()
    area.tracer = Tracer()
    area.tracer.enabled = True
    build_tasks(area, idle_count)
    schedule(area)
    area.tracer.enabled = False
    return area.tracer.finish()


def main(argv: list[str]) -> int:
    iterations = int(argv[1]) if len(argv) > 1 else 1
    area = WorkArea()
    ok = True
    for _ in range(iterations):
        area.reset()
        build_tasks(area, 10000)
        schedule(area)
        ok = ok and area.hold_count == EXPECTED_HOLDS and area.qpkt_count == EXPECTED_QPKTS
    print(f"{iterations} iterations, holds {area.hold_count}, qpkts {area.qpkt_count}, {'ok' if ok else 'WRONG'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
