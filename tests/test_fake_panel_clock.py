"""The fake panel's clock as tests drive it: set to a moment, frozen, advanced, read in UTC."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import httpx

from bot.formatting import TEHRAN
from bot.panel.fake import FakePanelState, running_fake_panel
from bot.panel.fake.state import FakeClock
from bot.services.schedule_time import ScheduledTime, parse_schedule_time


def test_set_jumps_to_a_tehran_wall_time_and_utc_now_is_the_same_moment():
    clock = FakeClock(runs=False)

    clock.set(datetime(2026, 12, 1, 22, 50))  # naive: Tehran wall time

    assert clock.now() == datetime(2026, 12, 1, 22, 50)
    assert clock.utc_now() == datetime(2026, 12, 1, 19, 20, tzinfo=UTC)


def test_set_accepts_an_aware_moment_and_advance_moves_from_there():
    clock = FakeClock(runs=False)
    clock.advance(3600)

    clock.set(datetime(2026, 12, 1, 4, 0, tzinfo=UTC))
    clock.advance(90)

    assert clock.now() == datetime(2026, 12, 1, 7, 31, 30)
    assert clock.utc_now() == datetime(2026, 12, 1, 4, 1, 30, tzinfo=UTC)


def test_the_bot_side_rules_read_the_same_clock():
    clock = FakeClock(runs=False)
    clock.set(datetime(2026, 12, 1, 22, 50, tzinfo=TEHRAN))

    result = parse_schedule_time("امشب ۲۳:۱۰", now=clock.utc_now())

    assert result == ScheduledTime(
        datetime(2026, 12, 1, 19, 40, tzinfo=UTC),
        next_allowed=datetime(2026, 12, 2, 4, 30, tzinfo=UTC),
    )


async def test_the_panel_judges_a_send_time_against_the_set_clock():
    state = FakePanelState.demo()
    state.clock.runs = False
    state.clock.set(datetime(2026, 12, 1, 22, 50))
    fields = {"uname": "demo", "pass": "demo", "op": "send", "from": "3000505"}
    fields |= {"message": "سلام", "to": json.dumps(["09121234567"])}

    async with running_fake_panel(state) as panel, httpx.AsyncClient(timeout=5) as http:
        earlier = await http.post(panel.url, data={**fields, "time": "2026-12-01 22:40:00"})
        later = await http.post(panel.url, data={**fields, "time": "2026-12-01 23:10:00"})

    assert earlier.json()[0] == 1006
    assert later.json()[0] == 0
    (bulk,) = state.bulks.values()
    assert bulk.starts == datetime(2026, 12, 1, 23, 10)
