# Malformed string literals.
import sys

s = "abc
t = "\x4"
u = "\N{DASH}"
v = '''never closed

# expect error: 4:5: unterminated string literal (detected at line 4)
# expect error: 5:6: truncated \xXX escape
# expect error: 6:6: \N{...} escapes are not supported
# expect error: 7:5: unterminated triple-quoted string literal (detected at line 12)
