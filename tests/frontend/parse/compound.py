if a:
    pass
if a:
    x = 1
else:
    x = 2
if a:
    x = 1
elif b:
    x = 2
elif c:
    x = 3
else:
    x = 4
while x < 10:
    x += 1
    if x == 5:
        break
    continue
else:
    done = True
for i in range(10):
    print(i)
for k, v in d.items():
    pass
else:
    pass
for x, in pairs: pass
try:
    risky()
except KeyError:
    pass
except (IndexError, ValueError) as e:
    raise
except:
    pass
else:
    ok()
finally:
    cleanup()
try:
    x = 1
finally:
    x = 2
with open(p) as f:
    data = f.read()
with a, b as c, d.e() as (f, g):
    pass
if x: y = 1
while x: x -= 1
for a in b: c(a); d(a)
with (a, b):
    pass
with (open(p) as f, open(q) as g,):
    pass
with (a, b) as c:
    pass
with (a, b), c:
    pass
with (lock): pass
