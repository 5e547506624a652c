# textwrap: words longer than a line (cut at a hyphen that fits, never
# after hyphens alone; kept whole), and TextWrapper's attributes
import textwrap

words = ["ab cdefghijklmnop qr", "x --------long-word-here y",
         "pre-fixed-compound-words-everywhere", "-a-b-c-d-e-f-g-h-i-j-k",
         "a " + "z" * 30 + " b", "ab ------ cd", "one two-threefourfive"]
for w in (1, 3, 5, 7, 9):
    for text in words:
        print(w, textwrap.wrap(text, w))
        print(w, textwrap.wrap(text, w, break_long_words=False))
        print(w, textwrap.wrap(text, w, break_on_hyphens=False))
        print(w, textwrap.wrap(text, w + 3, initial_indent="> ",
                               subsequent_indent=">", max_lines=2,
                               placeholder="~"))
tw = textwrap.TextWrapper(5, "a", "b", False, False, True, False, False,
                          False, 4, max_lines=3, placeholder="!")
print(sorted(vars(tw).items()))
print(sorted(vars(textwrap.TextWrapper()).items()))
tw.width = 12
print(tw.wrap("change the width after making it"))
