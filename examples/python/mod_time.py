"""The time module (clocks and sleep; the calendar half, _timeinfo, is
Python source in pylib_std2.py built on _fields and _mktime here, which
are the C library's localtime, gmtime and mktime through the language)."""
from __future__ import annotations

import time
from rtrans.c import include

from objects import (W_Object, W_Float, W_Tuple, ExecCtx, W_NONE, new_int,
                     new_str, new_tuple, new_module, W_Module, value_error,
                     overflow_error, type_error, index_value, str_value_of,
                     builtin1, builtinn)
import floatobject
import mod_sys
import mod_os

ctime = include("time.h")


def t_time(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return W_Float(time.time())


def t_perf_counter(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return W_Float(time.perf_counter())


def t_monotonic(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return W_Float(time.monotonic())


def t_process_time(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return W_Float(ctime.clock() / 1000000.0)


def t_time_ns(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_int(int(time.time() * 1e9))


def t_perf_counter_ns(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    return new_int(int(time.perf_counter() * 1e9))


def t_sleep(ec: ExecCtx, w: W_Object) -> W_Object:
    s = floatobject.float_arg(ec, w)
    if s < 0.0:
        raise value_error("sleep length must be non-negative")
    time.sleep(s)
    return W_NONE


def t_fields(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """_fields(secs, local): struct_time's nine fields, the zone's name
    and its offset from UTC, of a whole number of seconds."""
    secs = index_value(ec, args[0], "timestamp")
    try:
        if index_value(ec, args[1], "local"):
            t = time.localtime(secs)
        else:
            t = time.gmtime(secs)
    except OSError as e:
        raise mod_os.host_error(e, None)
    zone = t.tm_zone
    off = t.tm_gmtoff
    items: list[W_Object] = [new_int(t[i]) for i in range(9)]
    items.append(new_str("" if zone is None else zone))
    items.append(new_int(0 if off is None else off))
    return new_tuple(items)


def t_mktime(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """_mktime(nine ints): C's mktime of local time fields."""
    w = args[0]
    if not isinstance(w, W_Tuple) or len(w.items) != 9:
        raise type_error("mktime(): illegal time tuple argument")
    f = [index_value(ec, x, "mktime") for x in w.items]
    st = time.struct_time((f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7],
                           f[8]))
    try:
        return W_Float(time.mktime(st))
    except OverflowError as e:
        raise overflow_error(str(e))


def t_strftime(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    """_strftime(format, nine ints): C's strftime (the caller checked the
    fields and filled in %Z and %z)."""
    fmt = str_value_of(args[0])
    w = args[1]
    if fmt is None or not isinstance(w, W_Tuple) or len(w.items) != 9:
        raise type_error("strftime(): illegal arguments")
    f = [index_value(ec, x, "strftime") for x in w.items]
    st = time.struct_time((f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7],
                           f[8]))
    try:
        return new_str(time.strftime(fmt, st))
    except ValueError as e:
        raise value_error(str(e))
    except OverflowError as e:
        raise overflow_error(str(e))


def t_tzset(ec: ExecCtx, args: list[W_Object]) -> W_Object:
    time.tzset()
    return W_NONE


def time_getattr(ec: ExecCtx, w_name: W_Object) -> W_Object:
    return mod_sys.lazy_attr(ec, "time", "_timeinfo", w_name)


def make_time(ec: ExecCtx) -> W_Module:
    m = new_module("time")
    m.set("time", builtinn("time", t_time, 0, 0))
    m.set("perf_counter", builtinn("perf_counter", t_perf_counter, 0, 0))
    m.set("monotonic", builtinn("monotonic", t_monotonic, 0, 0))
    m.set("process_time", builtinn("process_time", t_process_time, 0, 0))
    m.set("time_ns", builtinn("time_ns", t_time_ns, 0, 0))
    m.set("perf_counter_ns", builtinn("perf_counter_ns", t_perf_counter_ns,
                                      0, 0))
    m.set("monotonic_ns", builtinn("monotonic_ns", t_perf_counter_ns, 0, 0))
    m.set("sleep", builtin1("sleep", t_sleep))
    m.set("_fields", builtinn("_fields", t_fields, 2, 2))
    m.set("_mktime", builtinn("_mktime", t_mktime, 1, 1))
    m.set("_tzset", builtinn("_tzset", t_tzset, 0, 0))
    m.set("_strftime", builtinn("_strftime", t_strftime, 2, 2))
    m.set("__getattr__", builtin1("__getattr__", time_getattr))
    return m
