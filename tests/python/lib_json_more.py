# json: dumps options (indent, separators, sort_keys, ensure_ascii),
# loads of str and bytes, error positions, default and cls hooks.
import json
d = {'a': [1, 2.5, None, True], 'b': {'c': 'é\n"'}, 'n': -3}
print(json.dumps(d), json.dumps(d, indent=2), json.dumps(d, sort_keys=True, separators=(',', ':')), json.dumps(d, ensure_ascii=False, indent='\t'))
print(json.loads(json.dumps(d)) == d, json.loads('[1, 2, {"x": "y"}]'), json.loads(b'{"k": 1.5e3}'), json.loads('"\\u00e9"'))
for bad in ['[1, 2', '{"a" 1}', '', 'nul', '[1,]', '{"a": 1} x']:
    try: json.loads(bad)
    except json.JSONDecodeError as e: print(e, e.lineno, e.colno, e.pos, e.msg)
try: json.dumps({1: object()})
except TypeError as e: print(e)
print(json.dumps(object(), default=lambda o: 'obj'), json.dumps([float('nan'), 1e400]))
class E(json.JSONEncoder):
    def default(self, o): return sorted(o)
print(json.dumps({'s': {3, 1}}, cls=E), json.loads('{"a": 1}', object_hook=lambda d: list(d.items())), json.loads('[1.5]', parse_float=str))
print(json.JSONEncoder(indent=4).item_separator, repr(json.JSONEncoder().item_separator))
try: json.loads(5)
except TypeError as e: print(e)
