class C:
	def m(self):
		if self:
			return 1
		return 2

	x = 1
