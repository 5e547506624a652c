# A LookupError raised while handling a KeyError, uncaught: both
# tracebacks joined by 'During handling of the above exception...'.
class Config:
    def __init__(self, d):
        self.d = d
    def get(self, key):
        try:
            return self.d[key]
        except KeyError:
            raise LookupError(f"no setting {key!r}")
c = Config({"a": 1})
print(c.get("a"))
c.get("b")
