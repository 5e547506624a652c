if a:
	if b:
		pass
	# comment

	else:
		x = (1 +
  2)
y = [1,
     2,]
z = 1 + \
    2
