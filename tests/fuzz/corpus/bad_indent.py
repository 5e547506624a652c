if x:
        y = 1
    z = 2
	w = 3
def g():
pass
