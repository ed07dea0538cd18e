"""`panelbot run` that kills itself with SIGKILL, like a power cut, at one named point of the
send path (see bot.services.checkpoints). Used by the crash-safety tests only:

    python tests/crash_run.py <point> run
"""

from __future__ import annotations

import os
import signal
import sys

from bot import cli
from bot.services import checkpoints


def main() -> int:
    point, argv = sys.argv[1], sys.argv[2:]

    def die_at(name: str) -> None:
        if name == point:
            os.kill(os.getpid(), signal.SIGKILL)

    checkpoints.reached = die_at
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())
