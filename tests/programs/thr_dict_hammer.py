# Several threads hammer dicts: each on its own keys of a shared dict,
# then all on the same keys under a Lock; every count is exact.
import sys
import threading

# threads

SHARED: dict[str, int] = {}
LOCK = threading.Lock()


def disjoint(tid: int, n: int) -> None:
    for i in range(n):
        key = f"t{tid}-k{i % 50}"
        with LOCK:
            SHARED[key] = SHARED.get(key, 0) + 1


def overlapping(n: int) -> None:
    for i in range(n):
        key = f"common{i % 7}"
        with LOCK:
            if key in SHARED:
                SHARED[key] += 1
            else:
                SHARED[key] = 1
            if i % 10 == 0:
                SHARED.pop("scratch", 0)
                SHARED["scratch"] = i


def main(argv: list[str]) -> int:
    threads = [threading.Thread(target=disjoint, args=(t, 5000)) for t in range(4)]
    threads += [threading.Thread(target=overlapping, args=(7000,)) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    own = [k for k in SHARED if k.startswith("t")]
    print("own keys", len(own), "own total", sum(SHARED[k] for k in own))
    print("each own key", sorted(set(SHARED[k] for k in own)))
    common = [SHARED[f"common{j}"] for j in range(7)]
    print("common", common, sum(common))
    print("scratch present", "scratch" in SHARED)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: own keys 200 own total 20000
# expect: each own key [100]
# expect: common [3000, 3000, 3000, 3000, 3000, 3000, 3000] 21000
# expect: scratch present True
