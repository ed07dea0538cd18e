"""The one classifier of answers to sending ops: only a documented refusal means "not sent"."""

from __future__ import annotations

import pytest

from bot.panel.send_answer import Accepted, Refused, Unclear, classify_send


@pytest.mark.parametrize(
    "status,body,expected",
    [
        (200, "[0, 10929800]", Accepted(10929800)),
        (200, '[0, "10929800"]', Accepted(10929800)),
        (200, '[5, "اعتبار شما ناکافی است"]', Refused(5, "اعتبار شما ناکافی است")),
        (200, '[98, "limit"]', Refused(98, "limit")),
        (200, "the username or password is incorrect", Refused(962, None)),
        (200, "Service temporarily unavailable", Unclear("Service temporarily unavailable")),
        (504, "<html><h1>504</h1></html>", Unclear("HTTP 504")),
        (500, '[5, "insufficient"]', Unclear("HTTP 500")),  # a 5xx is never a refusal
        (200, '[4242, "try later"]', Unclear("code 4242")),  # not in the panel's table
        (200, '["10929800"]', Unclear('["10929800"]')),  # an odd success shape
        (200, "[5]", Unclear("[5]")),  # a code without its text is not well formed
        (200, "[0, null]", Unclear("[0, null]")),
        (200, "", Unclear("empty body")),
        (200, "null", Unclear("null")),
    ],
)
def test_each_answer_is_classified(status, body, expected):
    verdict = classify_send(status, body)
    if isinstance(expected, Refused) and expected.text is None:
        assert isinstance(verdict, Refused) and verdict.code == expected.code
    else:
        assert verdict == expected


def test_a_long_unclear_body_is_cut_to_a_short_snippet():
    verdict = classify_send(200, "<br />\n<b>Notice</b>: " + "x" * 500)
    assert isinstance(verdict, Unclear) and len(verdict.detail) <= 40
