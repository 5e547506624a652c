# Threads: the number of ways to place n queens on an n x n board, by
# backtracking over rows with the attacked columns and diagonals kept in
# sets.  The placements of the first two rows are the tasks, kept in
# a plain list that worker threads pop under a threading.Lock; each
# worker adds its counts into its own dict, merged at the end.  Prints the
# total and the count per column of the first queen.  Arguments: THREADS
# SIZE.
#
# bench-threads
# bench-size: 12
# bench-quick: 8
# expect: mt_nqueens 12: 14200 solutions, by first column [500, 806, 1165, 1359, 1631, 1639, 1639, 1631, 1359, 1165, 806, 500]
# expect-quick: mt_nqueens 8: 92 solutions, by first column [4, 8, 16, 18, 18, 16, 8, 4]
import sys
import threading


def solutions(n, queens, columns, rising, falling):
    """Completions of a board whose first len(queens) rows hold queens;
    the sets hold the columns and both diagonals (by col + row and by
    col - row) already attacked."""
    row = len(queens)
    if row == n:
        return 1
    count = 0
    for col in range(n):
        if col in columns or col + row in rising or col - row in falling:
            continue
        queens.append(col)
        columns.add(col)
        rising.add(col + row)
        falling.add(col - row)
        count += solutions(n, queens, columns, rising, falling)
        queens.pop()
        columns.remove(col)
        rising.remove(col + row)
        falling.remove(col - row)
    return count


def first_placements(n):
    """(first column, second column) pairs of non-attacking queens."""
    return [(a, b) for a in range(n) for b in range(n) if abs(a - b) > 1]


def main():
    nthreads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    tasks = first_placements(n)
    tasks.reverse()                      # pop() takes them in order
    lock = threading.Lock()
    partials = []

    def worker():
        mine = {}
        partials.append(mine)            # one append per thread
        while True:
            with lock:
                if not tasks:
                    return
                a, b = tasks.pop()
            found = solutions(n, [a, b], {a, b}, {a, b + 1}, {a, b - 1})
            mine[a] = mine.get(a, 0) + found

    threads = [threading.Thread(target=worker) for _ in range(nthreads)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    by_column = [sum(p.get(a, 0) for p in partials) for a in range(n)]
    print(f"mt_nqueens {n}: {sum(by_column)} solutions, by first column {by_column}")


if __name__ == "__main__":
    main()
