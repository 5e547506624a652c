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
