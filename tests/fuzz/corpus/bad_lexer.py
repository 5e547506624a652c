s = "abc
t = 'ok' $ 3
n = 012 + 0o8 + 1__0 + 3j + 0x
big = 9223372036854775808
q = rb"bytes"
café = 1
€ = 2
