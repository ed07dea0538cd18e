"""Named points of the send path where a power cut must be harmless.

`reached(name)` does nothing. The crash tests run `panelbot run` through tests/crash_run.py,
which replaces it with a SIGKILL at the point they name (no setting or environment variable
reaches production). The points: `claimed`, `in-flight-N`, `after-batch-N`, `before-summary`,
`scheduled-claimed`.
"""

from __future__ import annotations


def reached(name: str) -> None:
    """The send path is at the point `name` (see the module doc)."""
