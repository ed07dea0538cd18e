"""A stateful fake of the IPPanel-style SMS panel, for tests, the offline demo and
`panelbot fake-panel`.

    async with running_fake_panel() as fake:   # demo account demo / demo
        httpx.post(fake.url, data={"uname": "demo", "pass": "demo", "op": "credit"})
        fake.state.inject("send", drop=True)   # script faults; fake.state.requests records calls
"""

from bot.panel.fake.server import FakePanel, running_fake_panel, serve_forever
from bot.panel.fake.state import FakePanelState, Fault, ReceivedRequest

__all__ = [
    "FakePanel",
    "FakePanelState",
    "Fault",
    "ReceivedRequest",
    "running_fake_panel",
    "serve_forever",
]
