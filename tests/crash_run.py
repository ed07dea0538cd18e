"""`panelbot run` that kills itself with SIGKILL, like a power cut, at one named point of the
send path (see bot.services.checkpoints). Used by the crash-safety tests only:

    python tests/crash_run.py <point> run

A point no checkpoint has (`never`) runs it without a crash. With CRASH_RUN_ANY_HOUR set, the
panel's sending hours allow every hour: tests of scheduled sends then pass whatever the time of
day the suite runs at (the process keeps the system clock).
"""

from __future__ import annotations

import os
import signal
import sys

from bot import cli
from bot.services import checkpoints, schedule_time

ANY_HOUR = "CRASH_RUN_ANY_HOUR"


def main() -> int:
    point, argv = sys.argv[1], sys.argv[2:]

    def die_at(name: str) -> None:
        if name == point:
            os.kill(os.getpid(), signal.SIGKILL)

    checkpoints.reached = die_at
    if os.environ.get(ANY_HOUR):
        schedule_time.SendingHours.allows = lambda _hours, _moment: True  # type: ignore[method-assign]
    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())
