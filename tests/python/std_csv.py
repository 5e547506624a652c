# csv: reader state machine (quotes, escapes, newlines in fields,
# dialects), writer quoting, DictReader/DictWriter, errors
import csv
import io

lines = ['a,b,c\r\n', '1,"two, with comma",3\n', '"quoted ""inner"" quote",x\n',
         '\n', '"multi\n', 'line",end\n', ' spaced , fields \n', 'last,no,newline']
r = csv.reader(lines)
for row in r:
    print(r.line_num, row)
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')))
print(list(csv.reader(['a, b,  "c"'], skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c\\\\d,"e\\"f"'], escapechar='\\')))
print(list(csv.reader(['a,"b"c,d'])), list(csv.reader(['x\ty', '1\t2'], dialect='excel-tab')))
print(list(csv.reader(['1,2.5,-3'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b,c', 'd"'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['"unterminated'])), list(csv.reader([])), list(csv.reader(['a\0b', '"q"'], quotechar=None)))
for bad in (lambda: list(csv.reader(['"unterminated'], strict=True)),
            lambda: list(csv.reader(['"a"b'], strict=True)),
            lambda: list(csv.reader(['a\rb'])),
            lambda: list(csv.reader(['a\0b'])),
            lambda: list(csv.reader([b'bytes'])),
            lambda: list(csv.reader(['a,"1,2'], quoting=csv.QUOTE_NONNUMERIC)),
            lambda: list(csv.reader(['a'], delimiter='::')),
            lambda: list(csv.reader(['a'], quotechar=None, quoting=csv.QUOTE_ALL)),
            lambda: csv.get_dialect('nope')):
    try:
        bad()
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(['plain', 'with,comma', 'with "quote"', 'line\nbreak', 3, 2.5, None, True]))
w.writerows([[], [''], ['', ''], ['a b', ' lead']])
print(repr(out.getvalue()))
for kw in (dict(quoting=csv.QUOTE_ALL), dict(quoting=csv.QUOTE_NONNUMERIC),
           dict(dialect='unix'), dict(delimiter='|', lineterminator='\n'),
           dict(quoting=csv.QUOTE_NONE, escapechar='\\'),
           dict(doublequote=False, escapechar='\\')):
    out = io.StringIO()
    csv.writer(out, **kw).writerow(['a|b', 'x,"y"', 1, 2.0, None, 'p\\q'])
    print(kw, repr(out.getvalue()))
for kw, row in ((dict(quoting=csv.QUOTE_NONE), ['a,b']),
                (dict(doublequote=False), ['a"b']),
                (dict(quoting=csv.QUOTE_NONE), [''])):
    try:
        csv.writer(io.StringIO(), **kw).writerow(row)
    except csv.Error as e:
        print("Error", e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print("Error", e)

text = "name,age,city\nAnn,30,Oslo\nBob,25\n\nCid,40,Rome,extra\n"
for row in csv.DictReader(io.StringIO(text), restkey="more", restval="?"):
    print(row)
dr = csv.DictReader(["x,y", "1,2"], fieldnames=["p", "q"])
print(dr.fieldnames, list(dr))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["name", "age"], restval="-")
dw.writeheader()
dw.writerow({"name": "Ann", "age": 30})
dw.writerows([{"name": "Bob"}, {"age": 2}])
print(repr(out.getvalue()))
try:
    dw.writerow({"name": "x", "zip": 1})
except ValueError as e:
    print("ValueError", e)
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
out = io.StringIO()
csv.writer(out, "semi").writerow(["a", 1])
print(repr(out.getvalue()), "semi" in csv.list_dialects(), csv.get_dialect("semi").delimiter)
csv.unregister_dialect("semi")
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["x" * 11]))
except csv.Error as e:
    print("Error", e)
# dialect classes, DictReader's line_num and fieldnames, DictWriter's
# extrasaction and header, iterators as fieldnames
for d in (csv.Dialect, csv.excel, csv.excel_tab, csv.unix_dialect):
    print(d.__name__, [getattr(d, k, "-") for k in ("delimiter", "quotechar", "escapechar",
          "doublequote", "skipinitialspace", "lineterminator", "quoting", "strict")],
          issubclass(d, csv.excel))


class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


out = io.StringIO()
csv.writer(out, Pipes).writerows([["a|b", "c'd"], [1, 2]])
print(repr(out.getvalue()), list(csv.reader(out.getvalue().splitlines(), Pipes)))
dr = csv.DictReader(io.StringIO("h1,h2\n\n\nv1,v2\n\nv3\n\n\n"))
print(dr.line_num, dr.fieldnames, dr.line_num)
for row in dr:
    print(dr.line_num, row)
print(dr.line_num, dr.reader.line_num)
empty = csv.DictReader(io.StringIO(""))
print(empty.fieldnames, empty.line_num, list(empty))
dr = csv.DictReader(io.StringIO("1,2,3\n4\n"), fieldnames=("a", "b"))
print(list(dr), dr.dialect)
dr.fieldnames = ["x"]
print(dr.fieldnames)
try:
    list(csv.DictReader(io.StringIO("1,2\n"), fieldnames=iter(["a", "b"])))
except TypeError as e:
    print("TypeError", e)
for mode in ("RAISE", "Ignore", "ignore"):
    out = io.StringIO()
    w = csv.DictWriter(out, ["a", "b"], extrasaction=mode)
    w.writerow({"a": 1, "c": 2})
    print(mode, repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="skip")
except ValueError as e:
    print("ValueError", e)
out = io.StringIO()
w = csv.DictWriter(out, iter(["a", "b"]))
try:
    w.writeheader()
except ValueError as e:
    print("ValueError", e)
out = io.StringIO()
w = csv.DictWriter(out, iter(["a", "b", "c", "d"]), extrasaction="ignore")
print(w.writeheader(), repr(out.getvalue()), w.writerows([]), w.writerow({}))
out = io.StringIO()
w = csv.DictWriter(out, ("n", "v"), restval=0, lineterminator="\n")
w.writerows(iter([{"n": "x"}, {"v": 3, "n": None}]))
print(repr(out.getvalue()))
# how parameters resolve: keyword, dialect attribute (None is a value), default
KEYS = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace",
        "lineterminator", "quoting", "strict")


class Bare:
    pass


def params(*args, **kw):
    try:
        d = csv.reader([], *args, **kw).dialect
        return [getattr(d, k) for k in KEYS]
    except (TypeError, csv.Error) as e:
        return "%s: %s" % (type(e).__name__, e)


class NoQuote(csv.excel):
    quotechar = None


class Loose(csv.Dialect):
    delimiter, quotechar, lineterminator, quoting = ";", "'", "\n", csv.QUOTE_ALL


only_quotechar = Bare()
only_quotechar.quotechar = None
for args, kw in (((), {}), ((), dict(quotechar=None)), (("excel",), dict(quotechar=None)),
                 ((Bare(),), {}), ((only_quotechar,), {}), ((NoQuote,), {}),
                 ((NoQuote,), dict(quoting=csv.QUOTE_NONE)), ((Loose,), {}),
                 ((Loose(),), dict(doublequote=1, strict=[1])), ((None,), {}),
                 ((), dict(lineterminator=5)), ((), dict(lineterminator=None)),
                 ((), dict(quoting="x")), ((), dict(quoting=None)), ((), dict(quoting=7)),
                 ((), dict(quoting=True)), ((), dict(quoting=1.0)), ((), dict(delimiter="ab")),
                 ((), dict(delimiter=5)), ((), dict(delimiter=None)), ((), dict(escapechar="ab")),
                 ((), dict(escapechar=5)), ((), dict(quotechar="")),
                 ((), dict(quoting=7, lineterminator=None)), ((), dict(quoting=7, quotechar=5)),
                 ((), dict(doublequote=None, skipinitialspace="yes")), ((), dict(bogus=1))):
    print(args and type(args[0]).__name__, kw, params(*args, **kw))
for cls in (csv.Dialect, NoQuote, Loose, csv.excel):
    try:
        inst = cls()
        print(cls.__name__, inst._valid, inst.delimiter)
    except csv.Error as e:
        print(cls.__name__, "Error", e)
csv.register_dialect("noquote", quotechar=None)
csv.register_dialect("fromclass", Loose, delimiter="|")
print(params("noquote"), params("fromclass"), params("fromclass", quoting=csv.QUOTE_NONE))
csv.unregister_dialect("noquote")
csv.unregister_dialect("fromclass")
