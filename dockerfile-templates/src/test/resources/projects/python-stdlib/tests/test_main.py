import unittest


class MainTest(unittest.TestCase):
    def test_runs(self):
        self.assertTrue(True)
