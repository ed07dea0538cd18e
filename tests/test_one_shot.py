"""The one-shot syntax of /send and /social: a table of what each message yields (issue 14)."""

from __future__ import annotations

import pytest

from bot.panel.codes import SocialNetwork
from bot.services.one_shot import parse_one_shot

A, B, C = "09121234567", "09351112233", "09198765432"

# (what follows /send, valid recipients, rejected tokens as typed, duplicates, SMS text)
SEND_TABLE = [
    # the cases
    (
        "\n09121234567\n09121234567\n021-88881234\n۰۹۳۵۱۱۱۲۲۳۳\nسلام دوستان",
        [A, B],
        ["021-88881234"],
        1,
        "سلام دوستان",
    ),
    ("\n09121234567\n0912123\nسلام", [A], ["0912123"], 0, "سلام"),
    (" 09121234567 سلام", [A], [], 0, "سلام"),
    ("\n09121234567", [A], [], 0, ""),
    # numbers on the command's line, text on the next
    (" 09121234567\nسلام", [A], [], 0, "سلام"),
    (" 09121234567, 09351112233 سلام دوستان", [A, B], [], 0, "سلام دوستان"),
    (" ۰۹۱۲۱۲۳۴۵۶۷ ۰۹۳۵۱۱۱۲۲۳۳\nسلام", [A, B], [], 0, "سلام"),
    # several numbers a line, any separators, spaced spellings
    ("\n09121234567, 09351112233\n۰۹۱۹۸۷۶۵۴۳۲\nسلام", [A, B, C], [], 0, "سلام"),
    ("\n0912 123 4567\n+98 935 111 2233\nسلام", [A, B], [], 0, "سلام"),
    ("\n0912-123-4567؛ 0935-111-2233\nسلام", [A, B], [], 0, "سلام"),
    # the text keeps its line breaks, and numbers inside it stay text
    ("\n09121234567\nسلام\n09120000000 تماس بگیرید", [A], [], 0, "سلام\n09120000000 تماس بگیرید"),
    # a blank line after the numbers starts the text, even a text of digits
    ("\n09121234567\n\n1234", [A], [], 0, "1234"),
    ("\n09121234567\n\n\nکد شما ۱۲۳۴ است", [A], [], 0, "کد شما ۱۲۳۴ است"),
    # blank lines before the numbers are skipped
    ("\n\n09121234567\nسلام", [A], [], 0, "سلام"),
    # invalid numbers are listed, never put in the SMS; Persian digits stay as typed
    ("\n۰۹۱۲۱۲۳\n09121234567\nسلام", [A], ["۰۹۱۲۱۲۳"], 0, "سلام"),
    ("\n12345\n+44 7911 123456\nسلام", [], ["12345", "+44 7911 123456"], 0, "سلام"),
    ("\n(0912) 123-4567 021-88881234\nسلام", [A], ["021-88881234"], 0, "سلام"),
    # a Latin text
    ("\n09121234567\nHello world", [A], [], 0, "Hello world"),
    # a line mixing letters and digits is text
    ("\n09121234567\n0912abc4567\nسلام", [A], [], 0, "0912abc4567\nسلام"),
    # a text that starts with a symbol
    ("\n09121234567\n🎉 تخفیف ۲۰٪", [A], [], 0, "🎉 تخفیف ۲۰٪"),
    # only text: no recipients
    (" سلام دوستان", [], [], 0, "سلام دوستان"),
    # duplicates across lines are counted
    ("\n09121234567\n+989121234567\n00989121234567\nسلام", [A], [], 2, "سلام"),
]


@pytest.mark.parametrize(("body", "valid", "rejected", "duplicates", "text"), SEND_TABLE)
def test_send_one_shot_table(body, valid, rejected, duplicates, text):
    shot = parse_one_shot(body)
    assert shot.recipients.valid == valid
    assert [item.token for item in shot.recipients.rejected] == rejected
    assert shot.recipients.duplicates == duplicates
    assert shot.text == text
    assert shot.network is None


SOCIAL_TABLE = [
    (" تلگرام\n09121234567\nسلام", SocialNetwork.TELEGRAM, [A], "سلام"),
    (" telegram 09121234567 سلام", SocialNetwork.TELEGRAM, [A], "سلام"),
    (" Viber\n09121234567, 09351112233\nسلام", SocialNetwork.VIBER, [A, B], "سلام"),
    (" وایبر 09121234567\n\n1234", SocialNetwork.VIBER, [A], "1234"),
    ("\n09121234567\nسلام", None, [A], "سلام"),  # no network: the bot asks for it
]


@pytest.mark.parametrize(("body", "network", "valid", "text"), SOCIAL_TABLE)
def test_social_one_shot_table(body, network, valid, text):
    shot = parse_one_shot(body, social=True)
    assert (shot.network, shot.recipients.valid, shot.text) == (network, valid, text)


def test_the_table_has_at_least_twenty_inputs():
    assert len(SEND_TABLE) + len(SOCIAL_TABLE) >= 20 and len(SEND_TABLE) >= 20
