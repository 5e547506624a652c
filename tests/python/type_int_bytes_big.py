# int.to_bytes and int.from_bytes beyond 64 bits: both byte orders,
# signed and unsigned, round trips, the OverflowErrors at the edges, an
# int subclass.
for n in (0, 1, 255, 2**63, 2**64 - 1, 2**64, 2**100 + 12345, -2**70, -1, 10**30):
    for signed in (False, True):
        for order in ('big', 'little'):
            try:
                b = n.to_bytes(16, order, signed=signed)
                print(n, signed, order, b.hex(), int.from_bytes(b, order, signed=signed) == n)
            except OverflowError as e:
                print(n, signed, order, 'OverflowError', e)
print(int.from_bytes(b'\xff' * 9, 'big'), int.from_bytes(b'\xff' * 9, 'big', signed=True), int.from_bytes(b'\x80' + b'\x00' * 8, 'little', signed=True))
print(int.from_bytes(bytes(range(1, 21)), 'little'), (2**128).to_bytes(17, 'big'))
for n, size, s in ((2**72, 9, False), (2**71, 9, True), (-2**71, 9, True), (-2**71 - 1, 9, True), (2**200, 2, False)):
    try: print(n.to_bytes(size, 'big', signed=s).hex())
    except OverflowError as e: print('OverflowError', e)
class Big(int): pass
print(Big(2**80).to_bytes(11, 'little').hex())
