# keys(), values() and items() iterated and passed to list, sorted, set
# and len.
import sys


def main(argv: list[str]) -> int:
    stock = {"pear": 4, "apple": 10, "fig": 0}
    for k in stock.keys():
        print("key", k)
    for v in stock.values():
        print("value", v)
    for k, v in stock.items():
        print("item", k, v)
    print(sorted(stock.keys()), sorted(stock.values()), sorted(stock.items()))
    print(sorted(set(stock.keys())), len(stock.keys()), len(stock.values()), len(stock.items()))
    print(list(stock.items())[0], max(stock.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

# expect: key pear
# expect: key apple
# expect: key fig
# expect: value 4
# expect: value 10
# expect: value 0
# expect: item pear 4
# expect: item apple 10
# expect: item fig 0
# expect: ['apple', 'fig', 'pear'] [0, 4, 10] [('apple', 10), ('fig', 0), ('pear', 4)]
# expect: ['apple', 'fig', 'pear'] 3 3 3
# expect: ('pear', 4) 10
