# difflib: SequenceMatcher (matching blocks, opcodes, ratios, junk and the
# popular-item heuristic on long sequences, grouped opcodes), ndiff with its
# '?' guide lines, unified_diff/context_diff (ranges, dates, lineterm),
# get_close_matches, restore, and the messages of bad arguments
import difflib

sm = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(sm.get_matching_blocks(), sm.find_longest_match(0, 5, 0, 4))
print(sm.get_opcodes(), round(sm.ratio(), 4), sm.quick_ratio(),
      sm.real_quick_ratio())
m = sm.find_longest_match()
print(m.a, m.b, m.size, type(m).__name__)
sm = difflib.SequenceMatcher(lambda c: c == ' ', 'private Thread currentThread;',
                             'private volatile Thread currentThread;')
print(round(sm.ratio(), 6))
for op in sm.get_opcodes():
    print(op)
sm = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(sm.find_longest_match(0, 5, 0, 9))
sm = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd')
print(sm.find_longest_match(0, 5, 0, 9))
# long sequences: items filling over 1% of b are not used to match
a = ['x'] * 5 + [str(i) for i in range(300)]
b = [str(i) for i in range(0, 300, 2)] + ['x'] * 200
for auto in (True, False):
    sm = difflib.SequenceMatcher(None, a, b, autojunk=auto)
    print(auto, len(sm.get_matching_blocks()), round(sm.ratio(), 6),
          sorted(sm.bpopular)[:3])
print(difflib.SequenceMatcher(None, '', '').ratio(),
      difflib.SequenceMatcher(None, 'abc', '').get_opcodes())
sm = difflib.SequenceMatcher(None, list(range(1, 40)),
                             list(range(1, 40)))
print(list(sm.get_grouped_opcodes()))
b2 = list(range(1, 40))
b2[8] = 'i'
del b2[20]
b2[36:36] = ['x', 'y']
for g in difflib.SequenceMatcher(None, list(range(1, 40)),
                                 b2).get_grouped_opcodes(2):
    print(g)

# ndiff
one = 'one\ntwo\nthree\n'.splitlines(keepends=True)
two = 'ore\ntree\nemu\n'.splitlines(keepends=True)
print(''.join(difflib.ndiff(one, two)), end='')
print(''.join(difflib.restore(difflib.ndiff(one, two), 2)), end='')
left = ['def f(x):', '    return x + 1', 'print(f(2))', 'end', '\tTab here']
right = ['def f(y):', '    return y  + 1', 'print(f(3))', 'added', 'end',
         '\tTab hero']
print('\n'.join(difflib.ndiff(left, right)))
print('\n'.join(difflib.ndiff(['a', 'b', 'c', 'd'],
                              ['x', 'b', 'yyyyyyy', 'zz', 'c'])))
print(list(difflib.ndiff(['same', 'abcdefgh'], ['abcdefgX', 'same'])))
print(list(difflib.Differ().compare(['1\n', '2\n'], ['1\n', '3\n', '2\n'])))
print(list(difflib.ndiff(['[1, 2, 3]'], ['[1, 2, 4]'])))
print(list(difflib.ndiff(["{'a': 1, 'b': 2}"], ["{'a': 1, 'b': 3}"])))

# unified and context diffs
s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py',
                                   tofile='after.py')), end='')
print(''.join(difflib.context_diff(s1, s2, 'before.py', 'after.py',
                                   '2020-01-01', '2020-01-02')), end='')
lines1 = ['line %d' % i for i in range(20)]
lines2 = lines1[:3] + ['new'] + lines1[3:15] + lines1[16:]
for fn in (difflib.unified_diff, difflib.context_diff):
    print('\n'.join(fn(lines1, lines2, 'a', 'b', lineterm='', n=1)))
print(list(difflib.unified_diff(['a'], ['a'])), list(difflib.unified_diff(
    [], ['x\n'])), list(difflib.context_diff(['x\n'], [])))
for bad in ((difflib.unified_diff, ([b'a'], ['b'])),
            (difflib.context_diff, (['a'], ['b'], 1))):
    try:
        list(bad[0](*bad[1]))
    except TypeError as e:
        print('TypeError', e)

# close matches
words = ['ape', 'apple', 'peach', 'puppy', 'apply', 'appel']
print(difflib.get_close_matches('appel', words))
print(difflib.get_close_matches('appel', words, n=5, cutoff=0.3))
print(difflib.get_close_matches('wheel', ['while', 'whee', 'heel', 'wheat']))
print(difflib.get_close_matches('zzz', words))
for n, c in ((0, 0.5), (3, 1.5)):
    try:
        difflib.get_close_matches('x', words, n, c)
    except ValueError as e:
        print('ValueError', e)
try:
    list(difflib.restore([], 3))
except ValueError as e:
    print('ValueError', e)
print(difflib.IS_LINE_JUNK('  # \n'), difflib.IS_LINE_JUNK('x'),
      difflib.IS_CHARACTER_JUNK('\t'), difflib.IS_CHARACTER_JUNK('\n'))
