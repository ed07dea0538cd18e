"""Resend to the failed: exactly the numbers the panel says, in its final state, were not reached.

Reports are built from the panel's own wire format (`number:status`, as `delivery` answers) and
read by the client's parser, so the selection is tested on what the bot really gets.
"""

from __future__ import annotations

from bot.panel import parse
from bot.services.resend_selection import (
    BatchDelivery,
    BatchOutcome,
    ResendSelection,
    select_for_resend,
)


def report(*items: str):
    """A delivery answer as the panel sends it, through the client's parser."""
    return parse.delivery([f"+98{item}" for item in items])


def sent(numbers, *items: str, final: bool = True) -> BatchDelivery:
    return BatchDelivery(BatchOutcome.SENT, numbers, report(*items), bulk_final=final)


def test_only_failed_and_not_delivered_after_the_final_state_are_resent():
    batch = sent(
        ["09120000001", "09120000002", "09120000003", "09120000004", "09120000005"],
        "9120000001:delivered",
        "9120000002:failed",
        "9120000003:pending",
        "9120000004:send",
        "9120000005:notsync",
    )

    selection = select_for_resend([batch])

    assert selection.resend == ("09120000002", "09120000003", "09120000004", "09120000005")
    assert selection.delivered == 1
    assert not selection.has_unknown


def test_before_the_final_state_only_failed_numbers_are_resent():
    batch = sent(
        ["09120000001", "09120000002", "09120000003"],
        "9120000001:delivered",
        "9120000002:failed",
        "9120000003:pending",
        final=False,
    )

    selection = select_for_resend([batch])

    assert selection.resend == ("09120000002",)
    assert selection.in_progress == 1


def test_blacklisted_numbers_are_kept_apart():
    selection = select_for_resend([sent(None, "9120000001:discarded", "9120000002:failed")])

    assert selection.resend == ("09120000002",)
    assert selection.blacklisted == ("09120000001",)


def test_an_unknown_batch_is_never_resent_and_is_reported():
    known = BatchDelivery(BatchOutcome.UNKNOWN, ["09120000007", "09120000008"])
    unknown_postal = BatchDelivery(BatchOutcome.UNKNOWN, None)
    failed = sent(["09120000009"], "9120000009:failed")

    selection = select_for_resend([known, unknown_postal, failed])

    assert selection.resend == ("09120000009",)
    assert selection.unknown == ("09120000007", "09120000008")
    assert selection.unknown_batches == 1
    assert selection.has_unknown


def test_an_undocumented_status_and_a_number_missing_from_the_report_are_unknown():
    batch = sent(
        ["09120000001", "09120000002", "09120000003"],
        "9120000001:rejectedbyoperator",
        "9120000002:failed",
    )

    selection = select_for_resend([batch])

    assert selection.resend == ("09120000002",)
    assert selection.unknown == ("09120000001", "09120000003")


def test_a_sent_batch_without_its_report_is_unknown():
    batch = BatchDelivery(BatchOutcome.SENT, ["09120000001"], report=None)

    assert select_for_resend([batch]).unknown == ("09120000001",)


def test_refused_and_never_attempted_batches_are_not_sent_not_failed():
    refused = BatchDelivery(BatchOutcome.REFUSED, ["09120000001"])
    stopped = BatchDelivery(BatchOutcome.NOT_ATTEMPTED, ["9120000002"])

    selection = select_for_resend([refused, stopped])

    assert selection == ResendSelection(
        resend=(),
        unknown=(),
        blacklisted=(),
        not_sent=("09120000001", "09120000002"),
        delivered=0,
        in_progress=0,
        unknown_batches=0,
    )


def test_a_number_delivered_in_any_batch_is_never_resent():
    first = sent(["09120000001"], "9120000001:failed")
    second = sent(["09120000001"], "9120000001:delivered")
    doubtful = BatchDelivery(BatchOutcome.UNKNOWN, ["09120000002"])
    third = sent(["09120000002"], "9120000002:failed")

    selection = select_for_resend([first, second, doubtful, third])

    assert selection.resend == ()
    assert selection.delivered == 1
    assert selection.unknown == ("09120000002",)


def test_numbers_are_matched_whatever_their_spelling():
    batch = sent(["۰۹۱۲ ۰۰۰ ۰۰۰۱", "+989120000002"], "9120000001:failed", "9120000002:delivered")

    selection = select_for_resend([batch])

    assert selection.resend == ("09120000001",)
    assert selection.unknown == ()
