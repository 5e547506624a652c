"""The time module (clocks and sleep)."""
from __future__ import annotations

import time
from rtrans.c import include

from objects import (W_Object, W_Float, ExecCtx, W_NONE, new_int,
                     new_module, W_Module, value_error, builtin1, builtinn)
import floatobject
import mod_sys

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
    m.set("__getattr__", builtin1("__getattr__", time_getattr))
    return m
