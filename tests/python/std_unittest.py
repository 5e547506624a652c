# unittest.main(): the dots line, the FAIL and ERROR blocks with their
# tracebacks (the runner's and the assert methods' frames left out), the
# messages of the assert methods (diffs of lists, dicts, strings), skips,
# expected failures, subtests, fixtures and cleanups, the summary and the
# exit status 1.  The run's time is pinned: the output must not vary.
import time
import unittest

time.perf_counter = lambda: 0.0


class Basics(unittest.TestCase):
    def setUp(self):
        self.items = [1, 2, 3]

    def test_equal(self):
        self.assertEqual(sum(self.items), 6)
        self.assertEqual([1, 2], [1, 2])

    def test_fail_int(self):
        self.assertEqual(1 + 1, 3)

    def test_fail_list(self):
        self.assertEqual(self.items, [1, 2, 4, 5])

    def test_fail_dict(self):
        self.assertEqual({'a': 1, 'b': [1, 2]}, {'a': 1, 'b': [1, 3]})

    def test_fail_str(self):
        self.assertEqual('one\ntwo\nthree\n', 'one\ntoo\nthree\n')

    def test_fail_msg(self):
        self.assertTrue(0, 'custom words')

    def test_error(self):
        {}['missing']

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertIn('division', str(cm.exception))
        self.assertRaises(ValueError, int, 'x')
        with self.assertRaisesRegex(ValueError, 'invalid literal'):
            int('y')

    def test_not_raised(self):
        with self.assertRaises(KeyError):
            pass

    @unittest.skip('not today')
    def test_skipped(self):
        raise RuntimeError

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)


@unittest.skipIf(True, 'whole class')
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass')

    @classmethod
    def tearDownClass(cls):
        print('tearDownClass')

    def tearDown(self):
        print('tearDown', self._testMethodName)

    def test_cleanup(self):
        self.addCleanup(print, 'cleanup', 1)
        self.addCleanup(print, 'cleanup', 2)

    def test_chained(self):
        try:
            raise ValueError('inner')
        except ValueError:
            raise RuntimeError('outer')


class BrokenSetup(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError('no fixture')

    def test_never(self):
        print('never runs')


if __name__ == '__main__':
    unittest.main()
