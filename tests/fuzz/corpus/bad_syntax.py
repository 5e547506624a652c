x = = 1
y = 2 +
def f(:
    pass
if x x:
    a = 1
else:
    b = 2
