# issue 8, found writing tests/programs/app_spreadsheet.py: d.pop(k, None)
# (to drop a key that may be missing) and d.get(k, None) are typed
# `V | None`, as mypy types them.
import sys


def main() -> int:
    errors: dict[str, str] = {"A1": "bad", "B2": "cycle"}
    errors.pop("A1", None)
    errors.pop("Z9", None)
    print(errors)
    users: dict[str, set[str]] = {"A1": {"B1", "C1"}}
    got = users.pop("A1", None)
    print(sorted(got) if got is not None else "none", users.pop("A1", None))
    print(errors.get("B2", None), errors.get("nope", None))
    counts: dict[str, int] = {"x": 3}
    n = counts.pop("x", None)
    m = counts.pop("x", None)
    print(n, m, n is None, m is None)
    return 0


if __name__ == "__main__":
    sys.exit(main())

# expect: {'B2': 'cycle'}
# expect: ['B1', 'C1'] None
# expect: cycle None
# expect: 3 None False True
