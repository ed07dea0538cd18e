"""Right-to-left rendering: every message and button of every locale, with its variables, goes
through python-bidi (the demo's display algorithm); a command, number, sender line, id or Latin
run must come out whole and in its own order, and a Persian line must stay right-to-left."""

import re

import pytest

from bot.demo.rtl import is_rtl, visual
from bot.formatting import strip_isolates
from bot.i18n import I18n
from bot.keyboards import button
from tests.locale_texts import rendered

LTR_TOKENS = re.compile(
    r"/[a-z_]+"  # a command
    r"|\+?[0-9۰-۹](?:[0-9۰-۹]|[٬٫,.:/\-](?=[0-9۰-۹]))*[%٪]?"  # a number, a line, an id
    r"|[A-Za-z](?:[A-Za-z0-9_@]|[.\-](?=[A-Za-z0-9]))*"  # a Latin word
)
PERSIAN_LETTER = re.compile("[\u0620-\u064a\u067e-\u06d3]")
OPENERS, PDI = "\u2066\u2067\u2068", "\u2069"
COUNTS = (1, 2, 1000)


@pytest.fixture(scope="module")
def i18n() -> I18n:
    return I18n.load(strict=True)


def _unbalanced(line: str) -> bool:
    depth = 0
    for char in line:
        depth += char in OPENERS
        depth -= char == PDI
        if depth < 0:
            return True
    return depth != 0


def bidi_problems(text: str, rtl_locale: bool) -> list[str]:
    """What goes wrong when `text` is laid out line by line."""
    problems = []
    for line in text.split("\n"):
        if _unbalanced(line):
            problems.append(f"isolates not paired within the line: {line!r}")
            continue
        logical, shown = strip_isolates(line), visual(line)
        if rtl_locale and PERSIAN_LETTER.search(logical) and not is_rtl(line):
            problems.append(f"Persian line laid out left-to-right: {logical!r}")
        for token in LTR_TOKENS.findall(logical):
            if token not in shown:
                problems.append(f"{token!r} split or reordered in {shown!r}")
    return problems


def test_the_check_catches_what_the_issue_saw():
    """Unisolated, the old strings mirror: «help/», «+» after the digits, a left-to-right line."""
    assert bidi_problems("راهنما: /help", rtl_locale=True)
    assert bidi_problems("فرستنده: +۹۸۳۰۰۰۵۰۵", rtl_locale=True)
    assert bidi_problems("/staff add شناسه نقش — افزودن", rtl_locale=True)
    assert bidi_problems("(انصراف: /cancel)", rtl_locale=True)
    assert not bidi_problems("راهنما: \u2068/help\u2069", rtl_locale=True)


@pytest.mark.parametrize("count", COUNTS)
@pytest.mark.parametrize("locale", ["fa", "en"])
def test_every_message_keeps_commands_and_numbers_whole(i18n, locale, count):
    problems = {
        key: found
        for key, text in rendered(i18n, locale, count)
        if (found := bidi_problems(text, rtl_locale=locale == "fa"))
    }
    assert problems == {}


@pytest.mark.parametrize("locale", ["fa", "en"])
def test_every_button_label_keeps_commands_and_numbers_whole(i18n, locale):
    """Translated labels (every message may be one) and raw ones: sender lines, names, titles."""
    t = i18n.for_locale(locale).t
    labels = [text for _, text in rendered(i18n, locale, 2)]
    labels += [
        t("sender-line", line="+983000505"),
        t("sender-line", line="3000505"),
        t("send-default-sender", sender="+983000505"),
        "+۹۸۳۰۰۰۵۰۵",
        "بستهٔ Gold 2",
        "Ali Rezaei (123456789)",
    ]
    problems = {}
    for label in labels:
        shown = button(label, "noop").text
        if found := bidi_problems(shown, rtl_locale=locale == "fa"):
            problems[label] = found
    assert problems == {}


def test_a_sender_line_button_is_isolated_in_persian_digits(i18n):
    label = button(i18n.for_locale("fa").t("sender-line", line="+983000505"), "noop").text
    assert label == "\u2068+۹۸۳۰۰۰۵۰۵\u2069"
    assert button("+۹۸۳۰۰۰۵۰۵", "noop").text == "\u2068+۹۸۳۰۰۰۵۰۵\u2069"
    assert visual(label) == "+۹۸۳۰۰۰۵۰۵"


def test_commands_written_in_persian_text_are_isolated_by_the_formatter(i18n):
    group = i18n.t("start-group", "fa")
    assert "\u2068/credit\u2069، \u2068/status\u2069" in group
    usage = i18n.t("staff-usage", "fa").split("\n")
    assert all(is_rtl(line) for line in usage)
    assert "/staff add" in visual(usage[2])
