"""The bytecode.  An instruction is two ints in W_Code.code: the opcode
with its argument above the low 8 bits (pack()), so the dispatch loop
fetches one int per instruction, then the argument alone (0 when unused),
which keeps every pc even and the argument readable where only it is
needed.  Jump arguments are absolute offsets into the code list.  The numbers are module constants the translator
folds into the dispatch (see docs/language.md, globals assigned once to a
literal).

Stack effects (effect()) drive the compiler's stack-depth tracking; a
BRANCH op's effect is the one on the fall-through path, its jump effect
is jump_effect().
"""
from __future__ import annotations

NOP = 0
POP_TOP = 1
ROT_TWO = 2
ROT_THREE = 3
DUP_TOP = 4
DUP_TOP_TWO = 5
ROT_FOUR = 6
LOAD_CONST = 7
LOAD_FAST = 8
STORE_FAST = 9
DELETE_FAST = 10
LOAD_DEREF = 11
STORE_DEREF = 12
DELETE_DEREF = 13
LOAD_CLOSURE = 14
LOAD_CLASSDEREF = 15
LOAD_GLOBAL = 16
STORE_GLOBAL = 17
DELETE_GLOBAL = 18
LOAD_NAME = 19
STORE_NAME = 20
DELETE_NAME = 21
LOAD_ATTR = 22
STORE_ATTR = 23
DELETE_ATTR = 24
LOAD_METHOD = 25
CALL_METHOD = 26
CALL_FUNCTION = 27
CALL_FUNCTION_KW = 28
CALL_FUNCTION_EX = 29
BINARY_OP = 30
INPLACE_OP = 31
UNARY_NEGATIVE = 32
UNARY_POSITIVE = 33
UNARY_NOT = 34
UNARY_INVERT = 35
COMPARE_OP = 36
IS_OP = 37
CONTAINS_OP = 38
BINARY_SUBSCR = 39
STORE_SUBSCR = 40
DELETE_SUBSCR = 41
BUILD_SLICE = 42
BUILD_TUPLE = 43
BUILD_LIST = 44
BUILD_SET = 45
BUILD_MAP = 46
BUILD_STRING = 47
LIST_APPEND = 48
SET_ADD = 49
MAP_ADD = 50
LIST_EXTEND = 51
SET_UPDATE = 52
DICT_UPDATE = 53
DICT_MERGE = 54
LIST_TO_TUPLE = 55
UNPACK_SEQUENCE = 56
UNPACK_EX = 57
FORMAT_VALUE = 58
JUMP = 59
JUMP_BACKWARD = 60
POP_JUMP_IF_FALSE = 61
POP_JUMP_IF_TRUE = 62
JUMP_IF_FALSE_OR_POP = 63
JUMP_IF_TRUE_OR_POP = 64
GET_ITER = 65
FOR_ITER = 66
RETURN_VALUE = 67
YIELD_VALUE = 68
GET_YIELD_FROM_ITER = 69
SEND = 70
MAKE_FUNCTION = 71
LOAD_BUILD_CLASS = 72
IMPORT_NAME = 73
IMPORT_FROM = 74
IMPORT_STAR = 75
RAISE_VARARGS = 76
RERAISE = 77
PUSH_EXC_INFO = 78
POP_EXCEPT = 79
CHECK_EXC_MATCH = 80
BEFORE_WITH = 81
WITH_EXCEPT_START = 82
SETUP_ANNOTATIONS = 83
LOAD_ASSERTION_ERROR = 84
COPY = 85
SWAP = 86
POP_JUMP_IF_NONE = 87
POP_JUMP_IF_NOT_NONE = 88
LOAD_FAST_LOAD_ATTR = 89
RETURN_CONST = 90
MATCH_SEQUENCE = 91    # match statements (matching.py): TOS -> bool
MATCH_MAPPING = 92
GET_LEN = 93           # TOS -> len(TOS)
MATCH_KEYS = 94        # subject, keys -> values tuple or None
MATCH_CLASS = 95       # subject, cls, names -> attributes tuple or None
CHECK_EG_MATCH = 96    # except*: exc, type -> rest, match (or None)
PREP_RERAISE_STAR = 97  # orig, list -> what the try statement raises
# superinstructions (see fused()): LOAD_FAST_LOAD_ATTR and RETURN_CONST
# above, and these
LOAD_FAST_LOAD_FAST = 98
LOAD_FAST_LOAD_CONST = 99
LOAD_FAST_STORE_ATTR = 100
STORE_FAST_LOAD_FAST = 101
COMPARE_JUMP_IF_FALSE = 102    # COMPARE_OP, POP_JUMP_IF_FALSE
LOAD_FAST_LOAD_METHOD = 103
POP_ITER = 104
N_OPCODES = 105

OP_NAMES: list[str] = [
    "NOP", "POP_TOP", "ROT_TWO", "ROT_THREE", "DUP_TOP", "DUP_TOP_TWO",
    "ROT_FOUR", "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "DELETE_FAST",
    "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLOSURE",
    "LOAD_CLASSDEREF", "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL",
    "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_ATTR", "STORE_ATTR",
    "DELETE_ATTR", "LOAD_METHOD", "CALL_METHOD", "CALL_FUNCTION",
    "CALL_FUNCTION_KW", "CALL_FUNCTION_EX", "BINARY_OP", "INPLACE_OP",
    "UNARY_NEGATIVE", "UNARY_POSITIVE", "UNARY_NOT", "UNARY_INVERT",
    "COMPARE_OP", "IS_OP", "CONTAINS_OP", "BINARY_SUBSCR", "STORE_SUBSCR",
    "DELETE_SUBSCR", "BUILD_SLICE", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET",
    "BUILD_MAP", "BUILD_STRING", "LIST_APPEND", "SET_ADD", "MAP_ADD",
    "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE",
    "LIST_TO_TUPLE", "UNPACK_SEQUENCE", "UNPACK_EX", "FORMAT_VALUE", "JUMP",
    "JUMP_BACKWARD", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE",
    "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "GET_ITER", "FOR_ITER",
    "RETURN_VALUE", "YIELD_VALUE", "GET_YIELD_FROM_ITER", "SEND",
    "MAKE_FUNCTION", "LOAD_BUILD_CLASS", "IMPORT_NAME", "IMPORT_FROM",
    "IMPORT_STAR", "RAISE_VARARGS", "RERAISE", "PUSH_EXC_INFO", "POP_EXCEPT",
    "CHECK_EXC_MATCH", "BEFORE_WITH", "WITH_EXCEPT_START",
    "SETUP_ANNOTATIONS", "LOAD_ASSERTION_ERROR", "COPY", "SWAP",
    "POP_JUMP_IF_NONE", "POP_JUMP_IF_NOT_NONE", "LOAD_FAST_LOAD_ATTR",
    "RETURN_CONST", "MATCH_SEQUENCE", "MATCH_MAPPING", "GET_LEN",
    "MATCH_KEYS", "MATCH_CLASS", "CHECK_EG_MATCH", "PREP_RERAISE_STAR",
    "LOAD_FAST_LOAD_FAST", "LOAD_FAST_LOAD_CONST", "LOAD_FAST_STORE_ATTR",
    "STORE_FAST_LOAD_FAST", "COMPARE_JUMP_IF_FALSE", "LOAD_FAST_LOAD_METHOD",
    "POP_ITER"]

# CALL_FUNCTION / CALL_METHOD: the argument count (positional and keyword
# values) in the low 16 bits; CALL_KW set when a tuple of keyword names
# (a constant) is on top of the arguments.
CALL_KW = 0x10000

# GET_ITER's argument: GET_ITER_CALL when a for loop iterates the value of
# the call just made (a call or a generator expression: CALL_FUNCTION or
# CALL_METHOD right before).  A generator that call created belongs to the
# loop alone, which closes it when it is left early, as CPython's does by
# dropping its only reference: at the loop's POP_ITER (break, return) or
# as an exception unwinds past the loop (interp.own_by_loop).
GET_ITER_CALL = 1

# MAKE_FUNCTION flags
MF_DEFAULTS = 1
MF_KWDEFAULTS = 2
MF_ANNOTATIONS = 4
MF_CLOSURE = 8

# FORMAT_VALUE flags
FV_CONV_MASK = 3
FV_STR = 1
FV_REPR = 2
FV_ASCII = 3
FV_SPEC = 4

# code flags
CO_VARARGS = 1
CO_VARKEYWORDS = 2
CO_GENERATOR = 4
CO_NESTED = 8
CO_NAME_MODE = 16      # module/class code reading names through a dict
CO_SIMPLE_ARGS = 32    # positional parameters only, no cells among them

# jumps (their argument is a code offset)
JUMP_OPS: list[int] = [JUMP, JUMP_BACKWARD, POP_JUMP_IF_FALSE,
                       POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP,
                       JUMP_IF_TRUE_OR_POP, FOR_ITER, SEND, POP_JUMP_IF_NONE,
                       POP_JUMP_IF_NOT_NONE]


# pack(): the opcode in the low bits of W_Code.code's first int
OPCODE_BITS = 8
OPCODE_MASK = 0xFF


def pack(op: int, arg: int) -> int:
    """The first int of an instruction: arg >> OPCODE_BITS gives arg back,
    negative ones too (the shift is arithmetic)."""
    return (arg << OPCODE_BITS) | op


# Superinstructions.  assemble() gives the first instruction of a frequent
# pair the opcode of the pair, keeping its argument, and leaves the second
# instruction as it was: the dispatch loop runs both, reading the second's
# argument from the code, and an exception or a jump into the second finds
# it unchanged (a traceback entry of the second part names its own pc).
# The pairs are the most frequent in pystone and richards (dynamic counts:
# LOAD_FAST LOAD_ATTR 15% of richards' instructions, LOAD_FAST LOAD_FAST
# 8% of pystone's).  Never emitted by the compiler, so effect() does not
# know them.
def fused(first: int, second: int) -> int:
    """The superinstruction running first then second, or -1."""
    if first == LOAD_FAST:
        if second == LOAD_ATTR:
            return LOAD_FAST_LOAD_ATTR
        if second == LOAD_FAST:
            return LOAD_FAST_LOAD_FAST
        if second == LOAD_CONST:
            return LOAD_FAST_LOAD_CONST
        if second == STORE_ATTR:
            return LOAD_FAST_STORE_ATTR
        if second == LOAD_METHOD:
            return LOAD_FAST_LOAD_METHOD
    elif first == STORE_FAST and second == LOAD_FAST:
        return STORE_FAST_LOAD_FAST
    elif first == COMPARE_OP and second == POP_JUMP_IF_FALSE:
        return COMPARE_JUMP_IF_FALSE
    elif first == LOAD_CONST and second == RETURN_VALUE:
        return RETURN_CONST
    return -1


def unfused(opcode: int) -> int:
    """The first instruction of a superinstruction (itself for others)."""
    if opcode == LOAD_FAST_LOAD_ATTR or opcode == LOAD_FAST_LOAD_FAST or \
            opcode == LOAD_FAST_LOAD_CONST or opcode == LOAD_FAST_STORE_ATTR or \
            opcode == LOAD_FAST_LOAD_METHOD:
        return LOAD_FAST
    if opcode == STORE_FAST_LOAD_FAST:
        return STORE_FAST
    if opcode == COMPARE_JUMP_IF_FALSE:
        return COMPARE_OP
    if opcode == RETURN_CONST:
        return LOAD_CONST
    return opcode


def is_jump(op: int) -> bool:
    return op in JUMP_OPS


def is_terminal(op: int) -> bool:
    """No fall-through to the next instruction."""
    return (op == JUMP or op == JUMP_BACKWARD or op == RETURN_VALUE
            or op == RETURN_CONST or op == RAISE_VARARGS or op == RERAISE)


def effect(op: int, arg: int) -> int:
    """Stack effect on the fall-through path."""
    if op in (NOP, ROT_TWO, ROT_THREE, ROT_FOUR, UNARY_NEGATIVE,
              UNARY_POSITIVE, UNARY_NOT, UNARY_INVERT, GET_ITER,
              GET_YIELD_FROM_ITER, LIST_TO_TUPLE, LOAD_ATTR, SWAP, JUMP,
              JUMP_BACKWARD, DELETE_FAST, DELETE_DEREF, DELETE_GLOBAL,
              DELETE_NAME, SETUP_ANNOTATIONS, YIELD_VALUE, RETURN_CONST):
        return 0
    if op == POP_ITER:
        return -1
    if op in (POP_TOP, STORE_FAST, STORE_DEREF, STORE_GLOBAL, STORE_NAME,
              DELETE_ATTR, BINARY_OP, INPLACE_OP, COMPARE_OP, IS_OP,
              CONTAINS_OP, BINARY_SUBSCR, LIST_APPEND, SET_ADD, LIST_EXTEND,
              SET_UPDATE, DICT_UPDATE, DICT_MERGE, POP_JUMP_IF_FALSE,
              POP_JUMP_IF_TRUE, RETURN_VALUE, IMPORT_STAR, RERAISE,
              POP_EXCEPT, CHECK_EXC_MATCH, POP_JUMP_IF_NONE,
              POP_JUMP_IF_NOT_NONE, JUMP_IF_FALSE_OR_POP,
              JUMP_IF_TRUE_OR_POP, IMPORT_NAME):
        if op == CHECK_EXC_MATCH:
            return 0
        if op == IMPORT_NAME:
            return -1
        return -1
    if op in (DUP_TOP, LOAD_CONST, LOAD_FAST, LOAD_DEREF, LOAD_CLOSURE,
              LOAD_CLASSDEREF, LOAD_GLOBAL, LOAD_NAME, LOAD_BUILD_CLASS,
              LOAD_ASSERTION_ERROR, COPY, FOR_ITER, IMPORT_FROM,
              PUSH_EXC_INFO, BEFORE_WITH, WITH_EXCEPT_START, LOAD_METHOD,
              LOAD_FAST_LOAD_ATTR):
        return 1
    if op == DUP_TOP_TWO:
        return 2
    if op == STORE_ATTR:
        return -2
    if op == STORE_SUBSCR:
        return -3
    if op == DELETE_SUBSCR:
        return -2
    if op == MAP_ADD:
        return -2
    if op == CALL_METHOD:
        return -(arg & 0xFFFF) - 1 - (1 if arg >> 16 else 0)
    if op == CALL_FUNCTION:
        return -(arg & 0xFFFF) - (1 if arg >> 16 else 0)
    if op == CALL_FUNCTION_EX:
        return -2 if arg & 1 else -1
    if op == BUILD_SLICE:
        return 1 - arg
    if op in (BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING):
        return 1 - arg
    if op == BUILD_MAP:
        return 1 - 2 * arg
    if op == UNPACK_SEQUENCE:
        return arg - 1
    if op == UNPACK_EX:
        return (arg & 0xFF) + (arg >> 8)
    if op == FORMAT_VALUE:
        return -1 if arg & FV_SPEC else 0
    if op == SEND:
        return 0
    if op == MAKE_FUNCTION:
        n = 0
        if arg & MF_DEFAULTS:
            n += 1
        if arg & MF_KWDEFAULTS:
            n += 1
        if arg & MF_ANNOTATIONS:
            n += 1
        if arg & MF_CLOSURE:
            n += 1
        return -n
    if op == RAISE_VARARGS:
        return -arg
    if op == MATCH_KEYS or op == PREP_RERAISE_STAR:
        return -1
    if op == MATCH_CLASS:
        return -2
    return 0


def jump_effect(op: int, arg: int) -> int:
    """Stack effect when the jump is taken."""
    if op == FOR_ITER:
        return -1              # the iterator is popped at the end
    if op == SEND:
        return -1              # [iter, value] -> [result]
    if op == JUMP_IF_FALSE_OR_POP or op == JUMP_IF_TRUE_OR_POP:
        return 0
    return effect(op, arg)
