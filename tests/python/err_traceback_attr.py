# AttributeError with CPython's "Did you mean" suggestion.
class Config:
    def __init__(self):
        self.verbose = True
        self.level = 3

c = Config()
print(c.level)
print(c.verbos)
