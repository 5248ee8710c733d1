"""Entry point: python -m sample_app (or the sample-app script); PORT sets the port (default 8000)."""

import os
import signal
import sys

from . import SERVICE
from .server import make_server


def main() -> int:
    port = int(os.environ.get("PORT", "8000"))
    server = make_server(port=port)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(f"{SERVICE} listening on port {port}", flush=True)
    try:
        server.serve_forever()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
