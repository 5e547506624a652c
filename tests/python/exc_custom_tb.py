# an uncaught user exception with attributes and a custom __str__, raised deep in calls
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
    def __str__(self):
        return f"[{self.code}] {self.detail}"

class Service:
    def handle(self, req):
        return self.validate(req)
    def validate(self, req):
        if "id" not in req:
            raise AppError(400, "missing id")
        return req["id"]

s = Service()
print(s.handle({"id": 7}))
try:
    s.handle({})
except AppError as e:
    print("caught:", e, e.code, e.args)
results = [s.handle(r) for r in [{"id": 1}, {"x": 2}]]
