# Layered configuration: JSON defaults merged with JSON overrides
# recursively, validated against a schema of types, written back with
# sorted keys and indentation, and a malformed override reported.
import json

DEFAULTS = """{
  "server": {"host": "localhost", "port": 8080, "tls": false},
  "workers": 4,
  "features": ["search", "upload"],
  "limits": {"upload_mb": 10, "rate": 2.5}
}"""

OVERRIDES = ['{"server": {"port": 9090, "tls": true}, "workers": 8}',
             '{"features": ["search"], "limits": {"rate": 0.75}, "debug": null}',
             '{"server": {"port": "eighty"}}',
             '{"workers": 3,}']

SCHEMA = {"server": {"host": str, "port": int, "tls": bool},
          "workers": int, "features": list,
          "limits": {"upload_mb": int, "rate": float}}


def merge(base, extra):
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def validate(conf, schema, path=""):
    errors = []
    for key, expected in schema.items():
        where = f"{path}.{key}" if path else key
        if key not in conf:
            errors.append(f"{where}: missing")
        elif isinstance(expected, dict):
            errors.extend(validate(conf[key], expected, where))
        elif not isinstance(conf[key], expected) or \
                (expected is int and isinstance(conf[key], bool)):
            errors.append(f"{where}: expected {expected.__name__}, "
                          f"got {type(conf[key]).__name__}")
    return errors


config = json.loads(DEFAULTS)
for text in OVERRIDES:
    try:
        layer = json.loads(text)
    except json.JSONDecodeError as e:
        print(f"bad override {text!r}: {e.msg} at {e.pos}")
        continue
    candidate = merge(config, layer)
    problems = validate(candidate, SCHEMA)
    if problems:
        print("rejected:", "; ".join(problems))
    else:
        config = candidate
        print("applied", sorted(layer))
print(json.dumps(config, indent=2, sort_keys=True))
print(json.dumps(config, separators=(",", ":")))
round_trip = json.loads(json.dumps(config))
print(round_trip == config, type(round_trip["limits"]["rate"]).__name__,
      round_trip.get("debug", "absent"))
