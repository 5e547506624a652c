# Start-up: the time to start the interpreter, run one print and exit.
#
# bench-size: -
# bench-quick: -
# bench-loop: 10
# expect: hi
# expect-quick: hi
print("hi")
