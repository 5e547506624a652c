# Number theory: a sieve, prime factorisation, Euler's totient, modular
# inverses with pow(x, -1, m), the Chinese remainder theorem, Miller-Rabin
# with fixed bases on big integers, perfect numbers, Collatz lengths.
from math import gcd, isqrt


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, isqrt(n) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, f in enumerate(flags) if f]


def factorize(n):
    out, p = {}, 2
    while p * p <= n:
        while n % p == 0:
            out[p] = out.get(p, 0) + 1
            n //= p
        p += 1 if p == 2 else 2
    if n > 1:
        out[n] = out.get(n, 0) + 1
    return out


def phi(n):
    result = n
    for p in factorize(n):
        result -= result // p
    return result


def crt(remainders, moduli):
    x, m = 0, 1
    for r, mi in zip(remainders, moduli):
        assert gcd(m, mi) == 1
        x += m * ((r - x) * pow(m, -1, mi) % mi)
        m *= mi
    return x % m, m


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


primes = sieve(100)
print(primes, len(sieve(10000)))
print(factorize(360), factorize(2 ** 10 * 3 ** 5 * 97), factorize(600851475143))
print([phi(n) for n in range(1, 13)], pow(17, -1, 3120), (17 * 2753) % 3120)
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 4, 6], [3, 5, 7]))
m127 = 2 ** 127 - 1
print(is_probable_prime(m127), is_probable_prime(m127 + 2), is_probable_prime(561),
      [n for n in range(90, 110) if is_probable_prime(n)])
div_sum = [0] * 10001
for d in range(1, 5001):
    for multiple in range(2 * d, 10001, d):
        div_sum[multiple] += d
print("perfect:", [n for n in range(2, 10001) if div_sum[n] == n])
def collatz(n):
    steps = 0
    while n != 1:
        n = 3 * n + 1 if n % 2 else n // 2
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz)
print(best, collatz(best), collatz(27), pow(3, 1000, 10 ** 12), len(str(3 ** 2000)))
