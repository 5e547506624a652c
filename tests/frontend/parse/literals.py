0
42
1_000_000
0x2a
0o52
0b101010
1.5
.5
5.
1e10
2.5e-3
9223372036854775807
-9223372036854775808
True
False
None
"double"
'single'
"""triple
double"""
'''triple single'''
r"raw\d"
"esc\n\t\x41\u00e9\U0001F600\101\q"
"adjacent" 'strings' """joined"""
"caf\u00e9 €"
