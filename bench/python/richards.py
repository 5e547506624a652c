# Richards: Martin Richards' simulation of an operating-system task
# scheduler (BCPL, 1980s), in object-oriented Python.  Six tasks (an idle
# task, a worker, two packet handlers and two devices) exchange packets
# through a priority scheduler; one run of the simulation queues 23246
# packets and holds tasks 9297 times, which every run checks.  All state
# lives in a Scheduler object, so that threads can run simulations side
# by side (mt_richards.py imports this module).  Argument: the number of
# simulations.
#
# bench-size: 30
# bench-quick: 2
# expect: richards 30 runs: qpkt 697380 holds 278910 ok
# expect-quick: richards 2 runs: qpkt 46492 holds 18594 ok
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4
EXPECTED_QPKT, EXPECTED_HOLDS = 23246, 9297


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Appends this packet at the end of queue; returns the new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    """A task control block.  A task is runnable unless it is held, or
    waiting with no packet in its input queue."""

    def __init__(self, scheduler, ident, priority, packets, waiting):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.input = packets
        self.packet_pending = packets is not None
        self.waiting = waiting
        self.held = False
        self.link = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    @property
    def blocked(self):
        return self.held or (not self.packet_pending and self.waiting)

    def add_packet(self, packet, current):
        """Queues packet for this task; returns the task to run next."""
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            packet.append_to(self.input)
        return current

    def run(self):
        packet = None
        if self.waiting and self.packet_pending:
            packet = self.input
            self.input = packet.link
            self.waiting = False
            self.packet_pending = self.input is not None
        return self.step(packet)

    def step(self, packet):
        raise NotImplementedError

    # The scheduler's primitives, as called by a running task.
    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.scheduler.holds += 1
        self.held = True
        return self.link

    def release(self, ident):
        task = self.scheduler.table[ident]
        task.held = False
        return task if task.priority > self.priority else self

    def send(self, packet):
        """Sends packet to the task it names; the sender's id replaces it."""
        target = self.scheduler.table[packet.ident]
        self.scheduler.queued += 1
        packet.link = None
        packet.ident = self.ident
        return target.add_packet(packet, self)


class IdleTask(Task):
    def __init__(self, scheduler, count):
        super().__init__(scheduler, IDLE, 0, None, False)
        self.control = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, packets):
        super().__init__(scheduler, WORKER, 1000, packets, True)
        self.destination = HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            return self.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.count = self.count + 1 if self.count < 26 else 1
            packet.data[i] = ord("A") + self.count - 1
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, packets):
        super().__init__(scheduler, ident, priority, packets, True)
        self.work_in = None
        self.device_in = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is None:
            return self.wait()
        index = work.datum
        if index >= BUFFER_SIZE:
            self.work_in = work.link
            return self.send(work)
        device = self.device_in
        if device is None:
            return self.wait()
        self.device_in = device.link
        device.datum = work.data[index]
        work.datum = index + 1
        return self.send(device)


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, None, True)
        self.pending = None

    def step(self, packet):
        if packet is None:
            packet, self.pending = self.pending, None
            if packet is None:
                return self.wait()
            return self.send(packet)
        self.pending = packet
        return self.hold()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.queued = 0
        self.holds = 0

    def setup(self, idle_count=10000):
        IdleTask(self, idle_count)
        work = None
        for _ in range(2):
            work = Packet(work, 0, KIND_WORK)
        WorkerTask(self, work)
        for ident, device, priority in ((HANDLER_A, DEVICE_A, 2000),
                                        (HANDLER_B, DEVICE_B, 3000)):
            packets = None
            for _ in range(3):
                packets = Packet(packets, device, KIND_DEVICE)
            HandlerTask(self, ident, priority, packets)
        DeviceTask(self, DEVICE_A, 4000)
        DeviceTask(self, DEVICE_B, 5000)

    def schedule(self):
        task = self.tasks
        while task is not None:
            task = task.link if task.blocked else task.run()


def simulate():
    """One full simulation; returns (packets queued, holds), checked."""
    scheduler = Scheduler()
    scheduler.setup()
    scheduler.schedule()
    if (scheduler.queued, scheduler.holds) != (EXPECTED_QPKT, EXPECTED_HOLDS):
        raise AssertionError(f"richards: wrong counts {scheduler.queued} {scheduler.holds}")
    return scheduler.queued, scheduler.holds


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    queued = holds = 0
    for _ in range(runs):
        q, h = simulate()
        queued += q
        holds += h
    print(f"richards {runs} runs: qpkt {queued} holds {holds} ok")


if __name__ == "__main__":
    main()
