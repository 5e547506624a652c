# A starred target unpacks a list; one per assignment.
a, *b = "abc"
c, *d, *e = [1, 2, 3]

# expect error: 2:4: a starred target needs a list to unpack, not 'str': write list(...) around the value
# expect error: 3:8: multiple starred expressions in assignment
