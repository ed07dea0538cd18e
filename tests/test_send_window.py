"""SEND_REQUESTS_IN_FLIGHT=2: the next batch is at the panel while the panel answers the last;
each number still reaches the panel once, answers are recorded truthfully, a refusal ends the
job after what was already on its way is recorded."""

from __future__ import annotations

import asyncio

import pytest

from bot.formatting import strip_isolates
from storage import BatchState
from tests.test_send_jobs import assert_no_internal_error, confirm_send, panel_numbers, shown, t


@pytest.fixture
def two_in_flight(bot_env):
    bot_env.settings.send_requests_in_flight = 2
    return bot_env


FIRST_JOB = 1  # the only job of the test's fresh database


async def test_the_next_batch_goes_out_while_the_panel_answers_the_last(two_in_flight):
    env = two_in_flight
    env.fake.state.inject("send", latency=5.0, after=2, times=1)  # batch 3 answers slowly
    await confirm_send(env, 2_500)  # 5 batches
    async with asyncio.timeout(10):
        while len(env.panel_received("send")) < 4:
            await asyncio.sleep(0.01)
    batches = await env.storage.jobs.batches(FIRST_JOB)
    assert batches[2].state == BatchState.IN_FLIGHT  # batch 4 left before batch 3's answer
    assert len(env.panel_received("send")) == 4  # two at the panel, no more
    done = await shown(env, t(env, "sendjob-summary-done"), timeout=30)
    assert t(env, "sendjob-summary-sent", count=2_500, batches=5) in strip_isolates(done.text)
    received = panel_numbers(env)
    assert len(received) == 2_500 and set(received.values()) == {1}
    assert_no_internal_error(env)


async def test_a_refusal_ends_the_job_after_the_batch_already_on_its_way(two_in_flight):
    env = two_in_flight
    env.fake.state.inject("send", code=5, latency=2.0, after=2, times=1)  # batch 3: no credit
    await confirm_send(env, 2_500)
    summary = await shown(env, t(env, "sendjob-summary-halted"), timeout=30)
    plain = strip_isolates(summary.text)
    assert len(env.panel_received("send")) == 4  # batch 4 was at the panel already; 5 never
    assert t(env, "sendjob-summary-sent", count=1_500, batches=3) in plain
    assert t(env, "sendjob-summary-refused", count=500, batches=1) in plain
    assert t(env, "sendjob-summary-not-attempted", count=500, batches=1) in plain
    received = panel_numbers(env)
    assert len(received) == 2_000 and set(received.values()) == {1}
    assert_no_internal_error(env)
