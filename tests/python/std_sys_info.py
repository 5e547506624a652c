# sys's records (version_info, float_info, flags ...), encodings, switch
# interval; math.nextafter/ulp/remainder; float.hex; the __doc__ of None
import sys, math
print(sys.version_info, sys.version_info.major, sys.version_info >= (3, 8), sys.version_info[:2], type(sys.version_info).__name__)
print(sys.float_info.epsilon, sys.float_info.max, sys.float_info.dig, sys.float_info)
print(sys.int_info.bits_per_digit, sys.flags.optimize, type(sys.flags).__name__, type(sys.flags).__module__)
try:
    type(sys.float_info)()
except TypeError as e:
    print(e)
try:
    sys.nosuch
except AttributeError as e:
    print(e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getswitchinterval())
sys.setswitchinterval(0.001); print(sys.getswitchinterval())
print(sys.gettrace(), sys.getprofile(), sys.warnoptions, sys.is_finalizing())
major, minor, *_ = sys.version_info; print(major, minor, sys.version_info.releaselevel)
print(math.nextafter(1.0, 0.0), math.ulp(2.0), math.ulp(0.0), math.ulp(float("inf")), math.remainder(5, 3), math.remainder(-7.5, 2))
for bad in ((float("inf"), 1.0), (1.0, 0.0)):
    try:
        math.remainder(*bad)
    except ValueError as e:
        print(e)
print(math.remainder(float("nan"), 1), math.remainder(3, float("inf")))
print((2.5).hex(), (1.0).hex(), (5e-324).hex(), (-0.1).hex(), (0.0).hex(), float.fromhex((0.1).hex()) == 0.1)
print(repr(None.__doc__), repr(type(None).__doc__), repr(NotImplemented.__doc__), repr(Ellipsis.__doc__))
print(type(sys.implementation.name).__name__, repr(sys.implementation)[:15], sys.implementation.version == sys.version_info)
