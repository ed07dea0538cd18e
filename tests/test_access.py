"""Nobody gets in who does not belong."""

from tests.conftest import STRANGER_ID


async def test_stranger_is_refused_with_their_id(bot_env):
    stranger = bot_env.user(STRANGER_ID, "Stranger")
    reply = await bot_env.say("/start", user=stranger)
    assert str(STRANGER_ID) in reply.text
    assert reply.buttons == [] or not reply.button_texts
    await bot_env.stub.send_text(stranger, "/credit")  # refused once an hour: now silence
    await bot_env.stub.wait_idle(quiet=0.5)
    assert len(bot_env.stub.messages(STRANGER_ID)) == 1
    assert bot_env.panel_received("credit") == []
