a = "a\tb\x41\u00e9\U0001F600\101\q" 'c' r"\d"
b = f"x = {x!r:>8} {{lit}} {y:.3f} {'s'} {d['k']}" "tail" f'{a + b}'
c = """multi
line""" + '''other'''
d = f"""{
    x
}"""
e = "caf\u00e9" + "\N{BULLET}"[0:0]
