"""The table of built-in modules.  To add one: write mod_NAME.py with a
`make_NAME(ec) -> W_Module` function, import it here and register it in
install()."""
from __future__ import annotations

import importer
import mod_sys
import mod_math
import mod_time


def install() -> None:
    importer.register("sys", mod_sys.make_sys)
    importer.register("math", mod_math.make_math)
    importer.register("time", mod_time.make_time)
