# __slots__: assigning a name not listed raises AttributeError (inherited
# slots, a single string, '__dict__' in the slots, a subclass without
# __slots__ gets a __dict__), properties over slots, the inline cache of
# attribute stores not bypassing the check.
class A:
    __slots__ = ('x',)
class B(A):
    __slots__ = ['y']
class C(A):
    pass
class D:
    __slots__ = 'only'
class E:
    __slots__ = ('a', '__dict__')
b = B(); b.x = 1; b.y = 2; print(b.x, b.y)
for obj, name in [(b, 'z'), (A(), 'y'), (D(), 'other')]:
    try:
        setattr(obj, name, 5)
    except AttributeError as e:
        print('AttributeError', e)
c = C(); c.z = 3; print(c.z)
d = D(); d.only = 4; print(d.only)
e = E(); e.q = 1; print(e.q)
try:
    A().x
except AttributeError as e:
    print('AttributeError', e)
class P:
    __slots__ = ('_v',)
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
p = P(); p.v = 4; print(p.v)
def f(obj):
    obj.w = 1
for i in range(3):
    try:
        f(A() if i % 2 else C())
        print('set ok', i)
    except AttributeError as e:
        print('AttributeError', e)
