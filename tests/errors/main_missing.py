# A main module without main() or the guard.
import sys

print("nothing")

# expect error: 1:1: the main module must define 'def main(argv: list[str]) -> int'
