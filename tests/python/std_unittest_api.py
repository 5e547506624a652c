# unittest's API under a TextTestRunner writing to a StringIO: verbosity 2
# lines, docstring descriptions, the messages of each assert method (with
# msg= and longMessage), maxDiff truncation, assertCountEqual/AlmostEqual/
# SetEqual/Regex/Warns/Logs, subTest parameters, failfast, buffer, the
# loader (names, -k patterns, prefixes), FunctionTestCase, TestResult
import io
import logging
import re
import unittest
import warnings


def run(*cases, verbosity=1, **kw):
    out = io.StringIO()
    suite = unittest.TestSuite(cases)
    result = unittest.TextTestRunner(stream=out, verbosity=verbosity,
                                     **kw).run(suite)
    print(re.sub(r'in \d+\.\d+s', 'in T', out.getvalue()), end='')
    return result


class Messages(unittest.TestCase):
    maxDiff = None

    def check(self, fn, *args, **kw):
        try:
            fn(*args, **kw)
        except self.failureException as e:
            print('%s: %s' % (fn.__name__, e))
        else:
            print('%s: passed' % fn.__name__)

    def test_messages(self):
        c = self.check
        c(self.assertTrue, [])
        c(self.assertFalse, 'x', 'with msg')
        c(self.assertIs, 1, None)
        c(self.assertIsNot, None, None)
        c(self.assertIsNone, 0)
        c(self.assertIsNotNone, None)
        c(self.assertIn, 4, [1, 2])
        c(self.assertNotIn, 'a', 'abc')
        c(self.assertIsInstance, 1, str)
        c(self.assertNotIsInstance, 1, int)
        c(self.assertGreater, 1, 2)
        c(self.assertGreaterEqual, 1, 2)
        c(self.assertLess, 2, 1)
        c(self.assertLessEqual, 2, 1)
        c(self.assertNotEqual, 3, 3)
        c(self.assertAlmostEqual, 1.0, 1.1)
        c(self.assertAlmostEqual, 1.0, 1.00000001)
        c(self.assertAlmostEqual, 1.0, 1.5, delta=0.25)
        c(self.assertAlmostEqual, 1.0, 1.01, places=3)
        c(self.assertNotAlmostEqual, 1.0, 1.00000001)
        c(self.assertNotAlmostEqual, 1.0, 1.1, delta=0.5)
        c(self.assertCountEqual, [1, 2, 2, 'a'], [2, 1, 'b', 'b'])
        c(self.assertCountEqual, [[1], [2]], [[2], [1]])
        c(self.assertCountEqual, [[1], [2], [2]], [[2], [3]])
        c(self.assertSetEqual, {1, 2}, {2, 3})
        c(self.assertSetEqual, {1}, [1])
        c(self.assertDictEqual, {'a': 1}, {'a': 1, 'b': 2})
        c(self.assertTupleEqual, (1, 2), (1, 2, 3))
        c(self.assertListEqual, [1], (1,))
        c(self.assertSequenceEqual, [1, 2], (1, 2))
        c(self.assertSequenceEqual, 'abc', 'abd')
        c(self.assertEqual, 'x' * 100, 'x' * 99 + 'y')
        c(self.assertEqual, 'single line', 'single lime')
        c(self.assertEqual, 'a\nb', 'a\nc\n')
        c(self.assertEqual, '', 'x')
        c(self.assertEqual, list(range(30)), list(range(29)) + [99])
        c(self.assertEqual, {'k%d' % i: i for i in range(12)},
          {'k%d' % i: i + (i == 7) for i in range(12)})
        c(self.assertEqual, (1, 2), [1, 2])
        c(self.assertRegex, 'hello', r'\d+')
        c(self.assertNotRegex, 'a1b', r'\d')
        c(self.assertEqual, 1, 2, 'extra words')
        self.longMessage = False
        c(self.assertEqual, 1, 2, 'only mine')
        c(self.assertEqual, 1, 2)
        self.longMessage = True
        c(self.fail)
        c(self.fail, 'by hand')
        try:
            self.assertAlmostEqual(1, 2, places=1, delta=1)
        except TypeError as e:
            print('TypeError', e)
        try:
            self.assertRaises(3)
        except TypeError as e:
            print('TypeError', e)
        try:
            self.assertRaises(ValueError, bogus=1)
        except TypeError as e:
            print('TypeError', e)

    def test_truncated(self):
        self.maxDiff = 40
        self.check(self.assertEqual, list(range(10)), list(range(1, 11)))

    def test_contexts(self):
        c = self.check

        def no_raise():
            with self.assertRaises((KeyError, IndexError)):
                pass
        c(no_raise)
        c(self.assertRaises, ValueError, len, [])
        c(self.assertRaisesRegex, ValueError, r'^x', int, 'y')
        with self.assertRaises(ValueError) as cm:
            raise ValueError('kept', 2)
        print(cm.exception.args, cm.exception.__traceback__)
        with self.assertWarns(DeprecationWarning) as w:
            warnings.warn('old', DeprecationWarning)
        print(w.warning, type(w.filename), w.lineno > 0)
        with self.assertWarnsRegex(UserWarning, 'ab+c'):
            warnings.warn('xabbbcx')

        def quiet():
            with self.assertWarns(UserWarning):
                pass
        c(quiet)

        def other():
            with self.assertWarnsRegex(UserWarning, 'z'):
                warnings.warn('nope')
        c(other)
        log = logging.getLogger('unit.logs')
        with self.assertLogs('unit', level='INFO') as cm:
            log.info('first %d', 1)
            log.debug('hidden')
            log.error('second')
        print(cm.output, [r.levelname for r in cm.records])

        def nothing():
            with self.assertLogs('unit.quiet', 'WARNING'):
                log.warning('elsewhere')
        c(nothing)
        with self.assertNoLogs('unit.none'):
            pass

        def some():
            with self.assertNoLogs(log):
                log.warning('loud')
        c(some)

    def test_subtest_params(self):
        for a in (1, 2):
            with self.subTest('outer', a=a):
                for b in ('x',):
                    with self.subTest(b=b, a=a * 10):
                        self.assertEqual(a, 1)


class Described(unittest.TestCase):
    def test_doc(self):
        """First line of the doc.

        More lines."""

    def test_plain(self):
        pass

    @unittest.skipUnless(False, 'needs something')
    def test_skip(self):
        pass

    def test_skip_inside(self):
        self.skipTest('decided at run time')

    def test_error(self):
        raise TypeError('bad type')


class Sub(unittest.TestCase):
    def test_sub(self):
        for i in range(3):
            with self.subTest(i=i):
                if i == 1:
                    self.fail('one')
                if i == 2:
                    raise KeyError(i)


class Printer(unittest.TestCase):
    def test_out(self):
        print('captured out')
        self.fail('see output')

    def test_quiet(self):
        print('not shown')


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Described))
run(Messages('test_messages'), Messages('test_truncated'),
    Messages('test_contexts'))
run(Messages('test_subtest_params'), verbosity=2)
run(loader.loadTestsFromTestCase(Described), verbosity=2)
run(loader.loadTestsFromTestCase(Sub), verbosity=2)
r = run(loader.loadTestsFromTestCase(Sub), Described('test_plain'),
        failfast=True)
print(r, r.wasSuccessful(), r.testsRun, len(r.failures), len(r.errors))
run(loader.loadTestsFromTestCase(Printer), buffer=True)
run(loader.loadTestsFromTestCase(Described), verbosity=0)

loader.testNamePatterns = ['*plain*', '*_doc']
print(loader.getTestCaseNames(Described))
loader = unittest.TestLoader()
loader.testMethodPrefix = 'test_s'
print(loader.getTestCaseNames(Described))
suite = unittest.defaultTestLoader.loadTestsFromNames(
    ['Described.test_plain', 'Sub'], __import__('__main__'))
print(suite.countTestCases(), suite)


def plain_function():
    """A function test."""
    assert 1 + 1 == 2


ft = unittest.FunctionTestCase(plain_function)
print(ft, repr(ft)[:40], ft.id(), ft.shortDescription())
run(ft, unittest.FunctionTestCase(lambda: 1 / 0, description='div'),
    verbosity=2)
case = Described('test_plain')
print(case, repr(case), case.id(), case.countTestCases(),
      case == Described('test_plain'), case.shortDescription())
try:
    Described('nope')
except ValueError as e:
    print('ValueError', e)
try:
    unittest.TestSuite().addTest(Described)
except TypeError as e:
    print('TypeError', e)
res = unittest.TestResult()
Described('test_error').run(res)
print(res, res.errors[0][1].splitlines()[-1])
print(unittest.main.__name__, unittest.TestProgram is unittest.main)
prog = unittest.main(argv=['prog', '-v', '-k', 'plain', 'Described'],
                     exit=False, testRunner=unittest.TextTestRunner(
                         stream=io.StringIO()))
print(prog.verbosity, prog.testNames, prog.result.testsRun,
      prog.result.wasSuccessful())

# module and class fixtures, their cleanups, under buffer=True too
order = []
fresh = unittest.TestLoader()


class WithCleanups(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(order.append, 'class cleanup')
        print('class set up (buffered?)')

    @classmethod
    def tearDownClass(cls):
        order.append('tearDownClass')
        raise RuntimeError('teardown broke')

    def test_one(self):
        order.append('one')
        self.assertEqual(self.enterContext(open(__file__)).readline()[:1],
                         '#')


class SkipFromSetup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('no resources')

    def test_x(self):
        pass


run(fresh.loadTestsFromTestCase(WithCleanups),
    fresh.loadTestsFromTestCase(SkipFromSetup), verbosity=2)
print(order)
run(fresh.loadTestsFromTestCase(WithCleanups), buffer=True)
