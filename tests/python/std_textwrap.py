# textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options
import textwrap

text = ("The quick brown fox jumps over the lazy dog. It was a well-known "
        "fact that anti-aliasing, co-operation and self-evident truths -- "
        "such as these -- need\ttabs and   spaces. A supercalifragilistic"
        "expialidocious word! Another sentence? Yes. End.")
for width in (10, 18, 25, 40, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(text, 20, break_long_words=False))
print(textwrap.wrap(text, 20, break_on_hyphens=False))
print(textwrap.wrap(text, 12, drop_whitespace=False))
print(textwrap.wrap(text, 30, fix_sentence_endings=True))
print(textwrap.wrap("a\tb\tc", 40, expand_tabs=False))
print(textwrap.wrap("a\tb\tc", 40, tabsize=4))
print(textwrap.wrap("a\nb c", 40, replace_whitespace=False))
for n in (1, 2, 3):
    print(textwrap.wrap(text, 25, max_lines=n))
    print(textwrap.wrap(text, 25, max_lines=n, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(text, 50))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("x", 1))
print(textwrap.wrap("aaaa-bbbb-cccc-dddd xx--yy a--b 1-2 ab-c-d ---- x", 6))
print(textwrap.wrap("hello-there-world done", 8))
for bad in (lambda: textwrap.wrap("x", 0),
            lambda: textwrap.wrap("abc def", 4, max_lines=1,
                                  placeholder="  [...long...]")):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)

block = """
    def f():
        return 1

      # comment
    \t
    end
"""
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("    x\n  y\n      z")))
print(repr(textwrap.dedent("\t  a\n\t b\n")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb\n", "+ ", lambda line: True)))
w = textwrap.TextWrapper(width=15, subsequent_indent="    ")
print(w.wrap("one two three four five six seven"))
w.width = 9
print(w.fill("one two three four five six seven"))
