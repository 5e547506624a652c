# `from __future__ import braces` is refused when the module is compiled,
# before anything runs: CPython's "not a chance".
print("never printed")
from __future__ import braces
