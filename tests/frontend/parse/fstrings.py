name = "x"
a = f"hello {name}"
b = f"{name!r} {name!s} {value:>8.3f} {n:,}"
c = f"{{literal}} {x}}}"
d = f"{a + b} {f(x, y)} {d['key']} {x if y else z}"
e = f"plain"
g = f"a" "b" f"{c}" "d"
h = F'{x}' rf"\d{y}" fR"{z}\n"
i = f"""multi
{line}
"""
j = f"{'quoted'}{'''triple'''!r}"
l = f"tab\t{x}\n"
