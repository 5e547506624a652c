# A plain script: statements at the top level, functions called from
# them, no main() and no __main__ guard.
def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


words = ["alpha", "beta", "gamma"]
lengths = {w: len(w) for w in words}
print(lengths)
print([fib(i) for i in range(10)])
if fib(10) > 50:
    print("big")
else:
    print("small")

# expect: {'alpha': 5, 'beta': 4, 'gamma': 5}
# expect: [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
# expect: big
