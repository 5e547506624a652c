# a traceback through functions, methods, lambdas and comprehensions (uncaught)
class Parser:
    def parse(self, items):
        return [self.one(x) for x in items]
    def one(self, x):
        conv = lambda v: int(v)
        return conv(x)

def run():
    p = Parser()
    print(p.parse(["1", "2"]))
    return p.parse(["3", "four"])
run()
