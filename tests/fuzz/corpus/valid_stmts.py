def f(a: int, b: str = "x", *args: int, c: int = 0, **kw: str) -> None:
    global G
    try:
        a += 1; del d[k], e.f
    except (KeyError, IndexError) as err:
        raise ValueError("bad") from err
    except:
        raise
    else:
        pass
    finally:
        assert a, "msg"
    for i, (k, v) in enumerate(d):
        if i:
            continue
        elif k:
            break
        else:
            return
    else:
        x: list[int] = []
    with open(p) as fh, lock:
        a = b = c, d = 1, 2
