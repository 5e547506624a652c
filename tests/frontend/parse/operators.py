a + b - c * d / e // f % g ** h @ i
a << b >> c & d | e ^ f
-a + +b - ~c
not a
a and b or c and not d
a < b > c == d >= e <= f != g
a in b not in c is d is not e
x if c else y
a[i] + b.c - d(e)
