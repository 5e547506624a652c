# random, seeded: the same numbers as CPython (Mersenne Twister, seeding
# from an int by init_by_array, _randbelow by getrandbits with rejection).
import random
import sys
from random import randint


def main(argv: list[str]) -> int:
    random.seed(42)
    print([random.random() for _ in range(3)])
    print([randint(1, 6) for _ in range(12)])
    print([random.randrange(10) for _ in range(8)], random.randrange(5, 50, 5), random.randrange(10, 0, -3))
    print(random.getrandbits(1), random.getrandbits(8), random.getrandbits(32), random.getrandbits(48),
          random.getrandbits(0))
    print(random.uniform(1.5, 2.5), random.choice(["a", "b", "c", "d"]))
    deck = list(range(10))
    random.shuffle(deck)
    print(deck)
    print(random.sample(range(100), 5), random.choice("xyz"), random.choice(range(3, 9)))
    print(random.sample(list(range(1000)), 8))
    for seed in [0, 1, -7, 123456789, 2 ** 40 + 3, 9223372036854775807]:
        random.seed(seed)
        print(seed, random.random(), random.randint(0, 1000000))
    rng = random.Random(2024)
    other = random.Random(2024)
    print(rng.random() == other.random(), rng.randint(1, 100), other.randint(1, 100))
    rng.seed(7)
    print(rng.random(), rng.randrange(1000))
    words = ["ant", "bee", "cat", "dog", "eel"]
    print(rng.choice(words), rng.choice("xyz"), rng.choice(range(40, 50)))
    rng.shuffle(words)
    print(words, rng.sample(words, 2), rng.sample(range(1000), 3))
    random.seed(99)
    counts = [0] * 6
    for _ in range(6000):
        counts[random.randint(1, 6) - 1] += 1
    print(counts)
    random.seed()
    x = random.random()
    print(0.0 <= x < 1.0)
    for args in [[5, 5], [5, 3], [0, 0], [1, 10, 0]]:
        try:
            if len(args) == 2:
                print(random.randrange(args[0], args[1]))
            else:
                print(random.randrange(args[0], args[1], args[2]))
        except ValueError as e:
            print("ValueError", e)
    try:
        print(random.randrange(0))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(random.choice([0][:0]))
    except IndexError as e:
        print("IndexError", e)
    try:
        print(random.sample([1, 2], 3))
    except ValueError as e:
        print("ValueError", e)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: [0.6394267984578837, 0.025010755222666936, 0.27502931836911926]
# expect: [2, 2, 6, 1, 6, 6, 5, 1, 5, 4, 1, 1]
# expect: [1, 3, 3, 8, 9, 0, 8, 3] 45 1
# expect: 0 114 2530876844 227832030003600 0
# expect: 2.369300320792934 b
# expect: [7, 8, 3, 0, 2, 9, 1, 4, 5, 6]
# expect: [12, 45, 44, 77, 33] x 8
# expect: [470, 549, 127, 996, 944, 387, 80, 565]
# expect: 0 0.8444218515250481 794772
# expect: 1 0.13436424411240122 888598
# expect: -7 0.32383276483316237 158176
# expect: 123456789 0.6414006161858726 568526
# expect: 1099511627779 0.21978710637116716 576159
# expect: 9223372036854775807 0.3166448820870279 661923
# expect: True 94 94
# expect: 0.32383276483316237 154
# expect: dog z 40
# expect: ['cat', 'dog', 'bee', 'eel', 'ant'] ['ant', 'dog'] [38, 88, 444]
# expect: [962, 1060, 1068, 948, 968, 994]
# expect: True
# expect: ValueError empty range for randrange() (5, 5, 0)
# expect: ValueError empty range for randrange() (5, 3, -2)
# expect: ValueError empty range for randrange() (0, 0, 0)
# expect: ValueError zero step for randrange()
# expect: ValueError empty range for randrange()
# expect: IndexError Cannot choose from an empty sequence
# expect: ValueError Sample larger than population or is negative
