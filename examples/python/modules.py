"""The table of built-in modules written in the language.  To add one:
write mod_NAME.py with a `make_NAME(ec) -> W_Module` function, import it
here and register it in install().  (Modules written in Python are in
pylib.py.)"""
from __future__ import annotations

import importer
import mod_sys
import mod_math
import mod_time
import mod_collections
import mod_random
import mod_os
import mod_thread
import mod_sre
import mod_std
import mod_weak


def install() -> None:
    mod_collections.install()
    mod_random.install()
    mod_os.install()
    mod_thread.install()
    mod_sre.install()
    importer.register("sys", mod_sys.make_sys)
    importer.register("math", mod_math.make_math)
    importer.register("time", mod_time.make_time)
    importer.register("_collections", mod_collections.make_collections)
    importer.register("_random", mod_random.make_random)
    importer.register("os", mod_os.make_os)
    importer.register("_thread", mod_thread.make_thread)
    importer.register("_sre", mod_sre.make_sre)
    importer.register("_rtstd", mod_std.make_std)
    importer.register("_rtweak", mod_weak.make_weak)
