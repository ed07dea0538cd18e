"""What the preview of a personalised send shows: two rendered examples, the longest part
count, the parts of the whole send, and every reason the text cannot go yet. Fixed size:
two examples and counts, whatever the number of recipients."""

from __future__ import annotations

from bot.formatting import isolate
from bot.keyboards import Translate
from bot.panel.sms import MAX_PARTS
from bot.services.personal_texts import PersonalPreview, PersonalTable, TableProblem

MAX_NAMES_SHOWN = 10


def table_problem_text(t: Translate, problem: TableProblem) -> str:
    return t(f"personal-{problem.value}")


def _names(names: tuple[str, ...]) -> str:
    shown = ["{" + name + "}" for name in names[:MAX_NAMES_SHOWN]]
    return "، ".join(isolate(name) for name in shown) + (
        "…" if len(names) > MAX_NAMES_SHOWN else ""
    )


def preview_text(t: Translate, preview: PersonalPreview, table: PersonalTable) -> str:
    """The personalised part of the preview (the caller adds line, credit and buttons)."""
    lines = [t("personal-preview-title")]
    for example in preview.examples:
        lines.append(t("personal-preview-example", number=example.number, text=example.text))
    lines.append(t("personal-preview-longest", parts=preview.longest_parts))
    lines.append(t("personal-preview-total", parts=preview.total_parts))
    counts = (
        ("personal-empty-values", preview.empty_values),
        ("personal-rows-without-number", table.rows_without_number),
        ("personal-duplicates", table.duplicates),
    )
    lines += [t(key, count=count) for key, count in counts if count]
    if preview.unknown_names:
        names, columns = _names(preview.unknown_names), _names(table.columns)
        lines.append(t("personal-unknown-names", names=names, columns=columns))
    if preview.too_long:
        lines.append(t("personal-too-long", count=preview.too_long, max_parts=MAX_PARTS))
    return "\n".join(lines)
