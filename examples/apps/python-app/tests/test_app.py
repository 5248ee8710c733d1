import json
import threading
import unittest
from urllib.request import urlopen

from sample_app.greeting import greeting
from sample_app.server import make_server


class GreetingTest(unittest.TestCase):
    def test_trims_and_falls_back(self):
        self.assertEqual(greeting("  Ada "), "Hello, Ada!")
        self.assertEqual(greeting("   "), "Hello, stranger!")


class ServerTest(unittest.TestCase):
    def setUp(self):
        self.server = make_server(host="127.0.0.1", port=0, quiet=True)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def tearDown(self):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)

    def test_healthz(self):
        with urlopen(f"{self.base}/healthz", timeout=5) as resp:
            self.assertEqual(resp.status, 200)
            self.assertEqual(resp.read(), b"ok")

    def test_greet(self):
        with urlopen(f"{self.base}/greet/Grace", timeout=5) as resp:
            self.assertEqual(json.loads(resp.read()), {"message": "Hello, Grace!"})


if __name__ == "__main__":
    unittest.main()
