"""The glossary (locales/GLOSSARY.md) applied: no "never" word in any Persian or English .ftl
file, new files included; commands (/login) are not words of the text."""

import re
from pathlib import Path

import pytest

from bot.i18n import DEFAULT_LOCALES_DIR
from tests.locale_texts import Source, sources

GLOSSARY = DEFAULT_LOCALES_DIR / "GLOSSARY.md"
COMMAND = re.compile(r"/[A-Za-z_]+")
NOTE = re.compile(r"\([^)]*\)")


def never_words(path: Path = GLOSSARY) -> dict[str, set[str]]:
    """The "never" (Persian) and "English never" columns of the glossary table."""
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in rows[0].strip("|").split("|")]
    columns = {"fa": header.index("never"), "en": header.index("English never")}
    words: dict[str, set[str]] = {"fa": set(), "en": set()}
    for row in rows[2:]:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        for locale, column in columns.items():
            for item in re.split("[،,]", NOTE.sub("", cells[column])):
                if item.strip():
                    words[locale].add(item.strip())
    return words


def _pattern(word: str, locale: str) -> re.Pattern[str]:
    """The word alone: not inside a longer word (ZWNJ and «ٔ» are not letters of a word)."""
    flags = re.IGNORECASE if locale == "en" else 0
    return re.compile(rf"(?<![\w\u200c]){re.escape(word)}(?!\w)", flags)


def offending(source: Source, words: set[str], locale: str) -> list[str]:
    text = COMMAND.sub(" ", source.text)
    return sorted(word for word in words if _pattern(word, locale).search(text))


def test_the_glossary_table_is_read():
    words = never_words()
    assert {"بالک", "مخاطبان", "فرمان", "انصراف", "نویسه", "سطح دسترسی"} <= words["fa"]
    assert {"bulk", "audience", "access level", "template"} <= words["en"]


def test_the_check_finds_a_never_word_and_spares_commands_and_longer_words():
    fa, en = never_words()["fa"], never_words()["en"]
    source = Source(Path("x.ftl"), "k", "شناسهٔ بالک را برای مخاطبان بفرستید؛ فرمان /cancel")
    assert offending(source, fa, "fa") == ["بالک", "فرمان", "مخاطبان"]
    assert offending(Source(Path("x.ftl"), "k", "Send /login, bulkhead"), en, "en") == []
    assert offending(Source(Path("x.ftl"), "k", "Log in to see the Bulk id"), en, "en") == [
        "bulk",
        "bulk id",
        "log in",
    ]


@pytest.mark.parametrize("locale", ["fa", "en"])
def test_no_locale_file_uses_a_never_word(locale):
    words = never_words()[locale]
    found = {
        f"{source.path.name}:{source.key}": hits
        for source in sources(locale)
        if (hits := offending(source, words, locale))
    }
    assert found == {}
