# a JSON round trip: build a document, serialise it (several styles), parse it back, compare, query
import json
import random

random.seed(7)
def make_doc(depth):
    if depth == 0:
        kind = random.randrange(5)
        if kind == 0:
            return random.randrange(-10**6, 10**6)
        if kind == 1:
            return round(random.uniform(-1000, 1000), random.randrange(6))
        if kind == 2:
            return "".join(random.choice("abcxyz \"\\\n\té€😀") for _ in range(random.randrange(8)))
        if kind == 3:
            return random.choice([True, False, None])
        return []
    if random.random() < 0.5:
        return [make_doc(depth - 1) for _ in range(random.randrange(4))]
    return {f"k{i}_{depth}": make_doc(depth - 1) for i in range(random.randrange(4))}

docs = [make_doc(d) for d in range(6)]
for doc in docs:
    compact = json.dumps(doc, separators=(",", ":"))
    pretty = json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False)
    assert json.loads(compact) == doc
    assert json.loads(pretty) == doc
    print(len(compact), len(pretty), compact[:70])
orders = [{"id": i, "customer": f"c{i % 7}", "total": round(i * 3.7 % 50, 2),
           "items": [{"sku": f"s{j}", "qty": j % 3 + 1} for j in range(i % 4)]}
          for i in range(40)]
text = json.dumps({"orders": orders}, indent=1)
back = json.loads(text)["orders"]
by_customer = {}
for o in back:
    by_customer.setdefault(o["customer"], []).append(o["total"])
for c in sorted(by_customer):
    print(c, len(by_customer[c]), round(sum(by_customer[c]), 2))
print(sum(it["qty"] for o in back for it in o["items"]), text.count("\n"))
print(json.dumps(json.loads('{"nested": {"deep": [1, {"x": [null, true, 1.5e300]}]}}'), sort_keys=True))
