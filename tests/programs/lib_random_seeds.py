# random: every function under several seeds (small, beyond 32 and 64
# words of key, negative, 0) gives CPython's values bit for bit, through
# the module functions and through Random objects; sample() on small and
# large populations (its two ways of drawing), shuffle, choice of lists,
# strings and ranges, randrange with every sign of step, getrandbits of
# 0..63 bits, and the state carrying on across a regeneration (624 words).
import random
import sys

SEEDS: list[int] = [0, 1, -1, 5, -5, 4294967295, 4294967296, -4294967297,
                    2 ** 35 + 17, -(2 ** 52) - 1, 2 ** 62 + 2 ** 33 + 9,
                    9223372036854775807, -9223372036854775807]


def module_draws(seed: int) -> None:
    random.seed(seed)
    print(seed, random.random(), random.random())
    print(" randint", [random.randint(-10, 10) for _ in range(6)], random.randint(0, 2 ** 40))
    print(" randrange", random.randrange(7), random.randrange(-3, 9), random.randrange(0, 100, 7),
          random.randrange(50, -50, -9), random.randrange(3, 4), random.randrange(10 ** 15))
    print(" bits", [random.getrandbits(k) for k in [0, 1, 7, 31, 32, 33, 47, 62, 63]])
    print(" uniform", random.uniform(-1.0, 1.0), random.uniform(10.0, 5.0))
    print(" choice", random.choice([3, 1, 4, 1, 5]), random.choice("rtrans"), random.choice(range(100, 200, 3)))
    deck = [c for c in "abcdefghijklmnopqrstuvwxyz"]
    random.shuffle(deck)
    print(" shuffle", "".join(deck))
    print(" sample", random.sample(range(10), 10), random.sample(range(30), 7), random.sample([1.5, 2.5], 1))
    print(" sample big", random.sample(range(100000), 6), random.sample(list(range(500)), 12))


def object_draws(seed: int) -> None:
    rng = random.Random(seed)
    total = 0
    for _ in range(700):          # more than one ring of 624 words
        total += rng.getrandbits(32)
    xs = [rng.random() for _ in range(3)]
    print(seed, total, xs)
    print(" methods", rng.randint(1, 6), rng.randrange(1000, 0, -7), rng.getrandbits(50),
          rng.uniform(2.0, 3.0), rng.choice(["x", "y"]), rng.sample(range(40), 4))
    ys = list(range(12))
    rng.shuffle(ys)
    print(" shuffle", ys)
    rng.seed(seed + 1)
    again = random.Random(seed + 1)
    print(" reseed", rng.random() == again.random(), rng.randrange(10 ** 9) == again.randrange(10 ** 9))


def errors() -> None:
    for args in [[3, 3, 1], [3, 3, 2], [9, 0, 1], [0, 9, -1], [4, 8, 0]]:
        try:
            print(random.randrange(args[0], args[1], args[2]))
        except ValueError as e:
            print("ValueError", e)
    try:
        print(random.randrange(-4))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(random.randrange(10, step=2))
    except TypeError as e:
        print("TypeError", e)
    try:
        print(random.getrandbits(-1))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(random.sample([1, 2, 3], -1))
    except ValueError as e:
        print("ValueError", e)


def main(argv: list[str]) -> int:
    for seed in SEEDS:
        module_draws(seed)
    for seed in [0, -1, 4294967296, 2 ** 62 + 1, -(2 ** 40)]:
        object_draws(seed)
    errors()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: 0 0.8444218515250481 0.7579544029403025
# expect:  randint [3, -9, -2, 6, 5, 2] 669284121952
# expect:  randrange 3 2 63 23 3 157338747438707
# expect:  bits [0, 1, 12, 1327937310, 3433407905, 5370883831, 74955381612906, 3252033001757332533, 5551566716156929438]
# expect:  uniform 0.8043319008791654 8.449262153403337
# expect:  choice 3 s 163
# expect:  shuffle cmuxjhfsbwqaeivozygtknldrp
# expect:  sample [5, 1, 3, 4, 8, 9, 6, 2, 7, 0] [2, 10, 16, 15, 3, 9, 17] [2.5]
# expect:  sample big [92610, 16359, 71754, 43614, 70816, 26634] [493, 409, 308, 280, 300, 147, 227, 46, 305, 408, 197, 162]
# expect: 1 0.13436424411240122 0.8474337369372327
# expect:  randint [-8, -2, -7, 5, 4, 5] 836022225947
# expect:  randrange 6 0 7 -13 3 940988221648102
# expect:  bits [0, 0, 55, 1304463163, 3273968005, 3294916953, 62683741297240, 3327516082539740483, 2109959071934479925]
# expect:  uniform 0.1823068700026078 9.488864209449758
# expect:  choice 4 r 103
# expect:  shuffle cblytjsepkvfdixohqwngmzrua
# expect:  sample [1, 5, 6, 4, 8, 9, 2, 7, 3, 0] [18, 27, 1, 15, 7, 23, 12] [2.5]
# expect:  sample big [87129, 22676, 48119, 71932, 92148, 88406] [377, 191, 44, 224, 339, 260, 55, 398, 83, 266, 430, 201]
# expect: -1 0.13436424411240122 0.8474337369372327
# expect:  randint [-8, -2, -7, 5, 4, 5] 836022225947
# expect:  randrange 6 0 7 -13 3 940988221648102
# expect:  bits [0, 0, 55, 1304463163, 3273968005, 3294916953, 62683741297240, 3327516082539740483, 2109959071934479925]
# expect:  uniform 0.1823068700026078 9.488864209449758
# expect:  choice 4 r 103
# expect:  shuffle cblytjsepkvfdixohqwngmzrua
# expect:  sample [1, 5, 6, 4, 8, 9, 2, 7, 3, 0] [18, 27, 1, 15, 7, 23, 12] [2.5]
# expect:  sample big [87129, 22676, 48119, 71932, 92148, 88406] [377, 191, 44, 224, 339, 260, 55, 398, 83, 266, 430, 201]
# expect: 5 0.6229016948897019 0.7417869892607294
# expect:  randint [10, 6, -10, 4, -3, 10] 245486807181
# expect:  randrange 2 4 91 23 3 114811106224488
# expect:  bits [0, 1, 31, 28162508, 3140410144, 930847394, 25624975255581, 4000448984288435233, 3591925236477891909]
# expect:  uniform -0.6807915752839235 6.014265042843977
# expect:  choice 1 n 184
# expect:  shuffle shobrmwyplcdnqiukjtfvgxaze
# expect:  sample [1, 5, 4, 6, 7, 8, 0, 2, 9, 3] [9, 11, 26, 29, 15, 22, 10] [1.5]
# expect:  sample big [63074, 61936, 92362, 23084, 7471, 33578] [499, 480, 11, 486, 383, 183, 432, 206, 9, 281, 403, 214]
# expect: -5 0.6229016948897019 0.7417869892607294
# expect:  randint [10, 6, -10, 4, -3, 10] 245486807181
# expect:  randrange 2 4 91 23 3 114811106224488
# expect:  bits [0, 1, 31, 28162508, 3140410144, 930847394, 25624975255581, 4000448984288435233, 3591925236477891909]
# expect:  uniform -0.6807915752839235 6.014265042843977
# expect:  choice 1 n 184
# expect:  shuffle shobrmwyplcdnqiukjtfvgxaze
# expect:  sample [1, 5, 4, 6, 7, 8, 0, 2, 9, 3] [9, 11, 26, 29, 15, 22, 10] [1.5]
# expect:  sample big [63074, 61936, 92362, 23084, 7471, 33578] [499, 480, 11, 486, 383, 183, 432, 206, 9, 281, 403, 214]
# expect: 4294967295 0.6353574441341173 0.20319993954407756
# expect:  randint [9, 6, -1, 9, 0, 2] 617999198024
# expect:  randrange 2 4 42 41 3 155209854875217
# expect:  bits [0, 1, 102, 1025016234, 3407996536, 2167886738, 105158677998779, 3240097892642612928, 3053400445515731979]
# expect:  uniform -0.9252076241665255 6.40489632491769
# expect:  choice 5 s 148
# expect:  shuffle fjldbkpnvtieuxqmhygozacswr
# expect:  sample [8, 3, 5, 1, 7, 2, 9, 6, 0, 4] [12, 15, 22, 8, 17, 29, 9] [1.5]
# expect:  sample big [1992, 79134, 91930, 97433, 90636, 29583] [241, 143, 98, 325, 282, 263, 331, 488, 202, 410, 390, 496]
# expect: 4294967296 0.11299430095636409 0.41782886486292836
# expect:  randint [-10, -10, 9, 0, 7, 4] 300707833000
# expect:  randrange 0 3 56 5 3 429323801545782
# expect:  bits [0, 0, 118, 992645481, 692137488, 8192042801, 16620199034510, 4097568948354048651, 6540691995743868541]
# expect:  uniform -0.7242930597067534 8.597608903292125
# expect:  choice 5 t 196
# expect:  shuffle kxdujnrzosgpywchivlbmatefq
# expect:  sample [6, 0, 4, 1, 2, 3, 7, 5, 8, 9] [0, 28, 7, 6, 13, 27, 5] [1.5]
# expect:  sample big [9212, 11893, 20362, 16230, 28776, 9387] [322, 191, 33, 79, 229, 152, 294, 460, 405, 35, 46, 237]
# expect: -4294967297 0.2309331037176915 0.5124118614342635
# expect:  randint [3, -8, -2, 9, -3, -3] 851454498928
# expect:  randrange 3 0 84 -13 3 766478378524698
# expect:  bits [0, 1, 87, 1756693701, 212806550, 1227135309, 57697113716348, 440387358141077607, 3508152012459201603]
# expect:  uniform 0.5737820980035435 9.845398698270387
# expect:  choice 1 n 181
# expect:  shuffle wzlunaiybrfdxjhosmqegtcpvk
# expect:  sample [1, 6, 5, 2, 7, 3, 9, 4, 0, 8] [28, 3, 11, 0, 10, 22, 2] [1.5]
# expect:  sample big [29919, 38343, 68971, 15432, 47864, 95415] [59, 331, 97, 421, 139, 413, 292, 141, 454, 369, 436, 283]
# expect: 34359738385 0.009507957282707147 0.22438771118908463
# expect:  randint [8, -2, -3, 6, -7, 8] 1076464217718
# expect:  randrange 5 4 35 -4 3 361385964536749
# expect:  bits [0, 1, 110, 82451933, 1147135076, 1625690520, 57010985952638, 2753393576851606490, 4730888658471698010]
# expect:  uniform -0.016394426391901806 6.678087698397762
# expect:  choice 3 r 142
# expect:  shuffle sjxedutrcgmyhbqfzvlonipawk
# expect:  sample [3, 6, 8, 1, 4, 9, 5, 2, 7, 0] [27, 8, 16, 20, 6, 18, 17] [2.5]
# expect:  sample big [89501, 72808, 2687, 83346, 64145, 10476] [105, 68, 377, 488, 186, 451, 471, 459, 26, 205, 94, 114]
# expect: -4503599627370497 0.9122400954922242 0.15888501020594448
# expect:  randint [8, -10, -4, 2, 6, -2] 397710906651
# expect:  randrange 2 7 14 23 3 386808885594929
# expect:  bits [0, 1, 109, 380221829, 963383647, 1367322829, 47450859104872, 1456012062341744374, 4864748917647513784]
# expect:  uniform 0.20487919432182 7.885500314855584
# expect:  choice 1 a 190
# expect:  shuffle rwhsmlkefzxjonbqytpcugiadv
# expect:  sample [2, 5, 1, 0, 9, 7, 6, 4, 8, 3] [23, 0, 7, 20, 21, 26, 16] [1.5]
# expect:  sample big [29612, 62562, 40634, 4517, 50916, 4942] [174, 66, 377, 109, 96, 380, 156, 428, 178, 336, 93, 453]
# expect: 4611686027017322505 0.8535325148897351 0.01660557009651953
# expect:  randint [-2, 9, 7, -7, 5, 1] 239127663709
# expect:  randrange 5 0 70 -40 3 282504727874074
# expect:  bits [0, 1, 113, 1440670626, 3929943052, 1292096399, 2619904054599, 1829949023896334, 1891873872519554461]
# expect:  uniform -0.1324584775635098 8.757088601995395
# expect:  choice 5 t 184
# expect:  shuffle wfakutxosbynrmjliqhzgvdcpe
# expect:  sample [1, 2, 4, 0, 8, 9, 5, 3, 6, 7] [16, 18, 26, 6, 1, 22, 5] [2.5]
# expect:  sample big [71238, 30534, 41566, 78266, 73780, 5464] [231, 221, 89, 439, 108, 468, 375, 222, 336, 125, 453, 228]
# expect: 9223372036854775807 0.3166448820870279 0.631259308253863
# expect:  randint [5, 4, -7, 5, 8, -2] 209450746081
# expect:  randrange 6 5 70 41 3 261992054679481
# expect:  bits [0, 1, 123, 366948802, 2392893938, 1679217328, 117291227277707, 3694370531608035164, 3721310248567891424]
# expect:  uniform -0.055952433787542555 8.031582484664419
# expect:  choice 3 n 136
# expect:  shuffle cjszamnuwbitxfgvpodhkeyqrl
# expect:  sample [3, 0, 6, 4, 2, 9, 1, 7, 8, 5] [8, 22, 4, 26, 11, 28, 13] [2.5]
# expect:  sample big [94447, 24768, 32362, 88326, 37783, 93385] [91, 151, 99, 199, 51, 426, 268, 92, 288, 460, 251, 146]
# expect: -9223372036854775807 0.3166448820870279 0.631259308253863
# expect:  randint [5, 4, -7, 5, 8, -2] 209450746081
# expect:  randrange 6 5 70 41 3 261992054679481
# expect:  bits [0, 1, 123, 366948802, 2392893938, 1679217328, 117291227277707, 3694370531608035164, 3721310248567891424]
# expect:  uniform -0.055952433787542555 8.031582484664419
# expect:  choice 3 n 136
# expect:  shuffle cjszamnuwbitxfgvpodhkeyqrl
# expect:  sample [3, 0, 6, 4, 2, 9, 1, 7, 8, 5] [8, 22, 4, 26, 11, 28, 13] [2.5]
# expect:  sample big [94447, 24768, 32362, 88326, 37783, 93385] [91, 151, 99, 199, 51, 426, 268, 92, 288, 460, 251, 146]
# expect: 0 1507291387884 [0.4984408914907503, 0.4986465918650089, 0.6700681513152942]
# expect:  methods 2 34 1048567344655668 2.2187730968721557 y [20, 2, 33, 9]
# expect:  shuffle [1, 10, 7, 0, 3, 8, 5, 11, 6, 2, 9, 4]
# expect:  reseed True True
# expect: -1 1503901728844 [0.3160686777608829, 0.9030882837141124, 0.8038562809839719]
# expect:  methods 5 636 336558697451199 2.4326380009762367 x [3, 15, 16, 4]
# expect:  shuffle [2, 1, 0, 5, 9, 3, 11, 4, 8, 6, 7, 10]
# expect:  reseed True True
# expect: 4294967296 1490683234624 [0.7426075958123299, 0.3786906902882615, 0.44713398044750374]
# expect:  methods 4 832 33622419128128 2.2022650348699297 x [16, 14, 10, 34]
# expect:  shuffle [1, 5, 3, 0, 9, 10, 7, 2, 4, 8, 6, 11]
# expect:  reseed True True
# expect: 4611686018427387905 1551029404834 [0.2107970310203997, 0.45284972534571266, 0.767291232744175]
# expect:  methods 4 426 725411337973517 2.3648786778372326 y [37, 36, 19, 15]
# expect:  shuffle [0, 11, 7, 3, 2, 5, 4, 9, 6, 10, 1, 8]
# expect:  reseed True True
# expect: -1099511627776 1413757594130 [0.04517796137757468, 0.6525222849479708, 0.6203687361095267]
# expect:  methods 4 650 761713024131732 2.4542824230949667 x [0, 5, 15, 1]
# expect:  shuffle [11, 8, 0, 4, 3, 10, 2, 9, 1, 5, 6, 7]
# expect:  reseed True True
# expect: ValueError empty range for randrange() (3, 3, 0)
# expect: ValueError empty range for randrange()
# expect: ValueError empty range for randrange() (9, 0, -9)
# expect: ValueError empty range for randrange()
# expect: ValueError zero step for randrange()
# expect: ValueError empty range for randrange()
# expect: TypeError Missing a non-None stop argument
# expect: ValueError number of bits must be non-negative
# expect: ValueError Sample larger than population or is negative
