# Indentation with tabs only (tabs advance to multiples of 8).
import sys


def classify(n: int) -> str:
	if n < 0:
		return "negative"
	elif n == 0:
		return "zero"
	else:
		if n % 2 == 0:
			return "even"
		return "odd"


def main(argv: list[str]) -> int:
	for i in range(-1, 4):
		print(i, classify(i))
	total = 0
	for i in range(10):
		if i % 3 == 0:
			continue
		total += i
	print(total)
	return 0


if __name__ == "__main__":
	sys.exit(main(sys.argv))

# expect: -1 negative
# expect: 0 zero
# expect: 1 odd
# expect: 2 even
# expect: 3 odd
# expect: 27
