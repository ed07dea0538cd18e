"""Fluent locales: every `locales/<locale>/*.ftl` file, formatted with our number and date rules.

`I18n` is loaded once and injected (never global); `I18n.for_locale(locale)` gives a `Localizer`
bound to one locale. Numeric, date and datetime variables are formatted by `bot.formatting`
(Persian digits and Jalali dates in fa, Tehran time). Bidi isolation happens here, at format
time: every variable is wrapped in FSI…PDI (line by line), and in a right-to-left locale every
command, number and Latin run written in the message itself too (`formatting.isolate_runs`).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from fluent.runtime import FluentBundle
from fluent.runtime.resolver import CurrentEnvironment, ResolverEnvironment
from fluent.runtime.types import FluentType
from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl
from fluent.syntax.visitor import Visitor

from bot import formatting
from bot.localizer import Localizer, panel_error_key, slug, status_key

__all__ = [
    "I18n",
    "LocaleError",
    "Localizer",
    "MissingTranslation",
    "panel_error_key",
    "slug",
    "status_key",
]

log = logging.getLogger(__name__)

DEFAULT_LOCALES_DIR = Path(__file__).resolve().parents[1] / "locales"


class LocaleError(Exception):
    """The locale files cannot be used: syntax errors, duplicate keys, no locale at all."""


class MissingTranslation(LookupError):
    """Strict mode: a key is missing, or a message could not be formatted with the given vars."""


class _Shown(FluentType):
    """A variable already formatted by `bot.formatting`; the number stays for plural selection.
    It is shown isolated, so it neither reorders nor turns the direction of its line."""

    text: str

    def format(self, locale: Any) -> str:
        return formatting.isolate_lines(self.text)


class _ShownText(_Shown, str):
    """A string variable: compared as itself in a selector, shown isolated (`_Shown.format`
    first: `str.format` must not win)."""

    def __new__(cls, value: str, text: str | None = None) -> _ShownText:
        shown = super().__new__(cls, value)
        shown.text = value if text is None else text
        return shown


class _ShownInt(int, _Shown):
    def __new__(cls, value: int, text: str) -> _ShownInt:
        shown = super().__new__(cls, value)
        shown.text = text
        return shown


class _ShownFloat(float, _Shown):
    def __new__(cls, value: float, text: str) -> _ShownFloat:
        shown = super().__new__(cls, value)
        shown.text = text
        return shown


def _is_identifier(name: str) -> bool:
    """Variables named `id`, `*_id` or `code` are identifiers: never grouped (١٠٩٢٩٨٠٠)."""
    return name in {"id", "code"} or name.endswith("_id")


def _shows_digits(name: str) -> bool:
    """Variables named `line`, `sender`, `example`, `*_line` or `*_ids` hold sender lines, ids or
    numbers to read: their digits follow the locale (`+983000505` → `+۹۸۳۰۰۰۵۰۵` in Persian)."""
    return name in {"line", "sender", "example"} or name.endswith(("_line", "_ids"))


def _to_fluent(name: str, value: Any, locale: str) -> Any:
    """Format one variable the project's way; Fluent types pass through."""
    if isinstance(value, FluentType):
        return value
    if isinstance(value, str):
        shown = formatting.localize_digits(value, locale) if _shows_digits(name) else value
        return _ShownText(value, shown)
    if isinstance(value, bool):
        raise TypeError(f"variable {name!r} is a bool; pass a translated word instead")
    if isinstance(value, int):
        plain = isinstance(value, formatting.PlainNumber) or _is_identifier(name)
        return _ShownInt(value, formatting.format_number(value, locale, grouping=not plain))
    if isinstance(value, float | Decimal):
        return _ShownFloat(float(value), formatting.format_number(value, locale))
    if isinstance(value, datetime):
        return _ShownText(formatting.format_datetime(value, locale))
    if isinstance(value, date):
        return _ShownText(formatting.format_date(value, locale))
    raise TypeError(f"variable {name!r} has unsupported type {type(value).__name__}")


class _Bundle(FluentBundle):
    """A FluentBundle whose variables are formatted by `_to_fluent`, not by Babel."""

    def __init__(self, locale: str) -> None:
        super().__init__([locale], use_isolating=False)  # variables isolate themselves
        self.locale = locale

    def format_pattern(self, pattern: Any, args: Mapping[str, Any] | None = None) -> Any:
        errors: list[Exception] = []
        fluent_args: dict[str, Any] = {}
        for name, value in (args or {}).items():
            try:
                fluent_args[name] = _to_fluent(name, value, self.locale)
            except TypeError as exc:  # left out: the message shows the variable's name
                errors.append(exc)
        env = ResolverEnvironment(
            context=self, current=CurrentEnvironment(args=fluent_args), errors=errors
        )
        try:
            result = pattern(env)
        except ValueError as exc:  # too many parts / characters: fluent's own guard
            errors.append(exc)
            result = "{???}"
        return result, errors


class _VariableCollector(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ftl.VariableReference) -> None:
        self.names.add(node.id.name)


@dataclass
class _Catalog:
    """One locale: its bundle and the parsed entries (for key and variable checks)."""

    bundle: _Bundle
    entries: dict[str, ftl.Message | ftl.Term]


def _entry_key(entry: ftl.Message | ftl.Term) -> str:
    return f"-{entry.id.name}" if isinstance(entry, ftl.Term) else entry.id.name


@lru_cache(maxsize=256)
def _parse(text: str) -> ftl.Resource:
    """The Fluent AST of one file's text. Parsing is pure and the AST is only read (bundles
    compile it into objects of their own), so a process that loads the same files again (every
    test's bot does) parses each text once."""
    return FluentParser().parse(text)


def _load_catalog(folder: Path) -> _Catalog:
    """Parse every .ftl file of one locale folder; junk or a key defined twice is an error."""
    bundle = _Bundle(folder.name)
    entries: dict[str, ftl.Message | ftl.Term] = {}
    origin: dict[str, str] = {}
    for path in sorted(folder.glob("*.ftl")):
        resource = _parse(path.read_text(encoding="utf-8"))
        for item in resource.body:
            if isinstance(item, ftl.Junk):
                first_line = item.content.splitlines()[0] if item.content else ""
                raise LocaleError(f"{path}: syntax error near {first_line!r}")
            if isinstance(item, ftl.Message | ftl.Term):
                key = _entry_key(item)
                if key in entries:
                    raise LocaleError(f"{path}: {key!r} already defined in {origin[key]}")
                entries[key], origin[key] = item, path.name
        bundle.add_resource(resource)
    return _Catalog(bundle=bundle, entries=entries)


class I18n:
    """All locales of the bot. `t(key, locale, **vars)`; `for_locale(locale)` → `Localizer`."""

    def __init__(self, catalogs: dict[str, _Catalog], default_locale: str, strict: bool) -> None:
        if default_locale not in catalogs:
            raise LocaleError(f"default locale {default_locale!r} has no .ftl files")
        self._catalogs = catalogs
        self.default_locale = default_locale
        self.strict = strict
        self._plain: dict[tuple[str, str], str] = {}  # (locale, key) → a message without variables

    @classmethod
    def load(
        cls, locales_dir: Path | None = None, default_locale: str = "fa", *, strict: bool = False
    ) -> I18n:
        """Load `<locales_dir>/<locale>/*.ftl` (every file); strict mode raises on missing keys."""
        root = locales_dir or DEFAULT_LOCALES_DIR
        folders = sorted(p for p in root.iterdir() if p.is_dir() and any(p.glob("*.ftl")))
        catalogs = {folder.name: _load_catalog(folder) for folder in folders}
        return cls(catalogs, default_locale, strict)

    @property
    def available_locales(self) -> tuple[str, ...]:
        others = sorted(set(self._catalogs) - {self.default_locale})
        return (self.default_locale, *others)

    def negotiate(self, language_code: str | None) -> str:
        """The available locale for a Telegram `language_code` ("en-US" → "en"), else default."""
        base = (language_code or "").replace("_", "-").split("-")[0].lower()
        return base if base in self._catalogs else self.default_locale

    def for_locale(self, locale: str | None = None) -> Localizer:
        return Localizer(self, self.negotiate(locale))

    def has(self, key: str, locale: str | None = None) -> bool:
        return self._catalogs[self.negotiate(locale)].bundle.has_message(key.split(".")[0])

    def t(self, key: str, locale: str | None = None, **variables: Any) -> str:
        """The message `key` (or `key.attribute`) in `locale`, with `variables` formatted.
        A message without variables is formatted once per locale (menus, buttons and help
        are built of them on every update; the catalogs never change)."""
        chosen = self.negotiate(locale)
        if variables:
            return self._translate(key, chosen, variables)
        plain = self._plain.get((chosen, key))
        if plain is None:
            plain = self._plain[(chosen, key)] = self._translate(key, chosen, variables)
        return plain

    def _translate(self, key: str, chosen: str, variables: dict[str, Any]) -> str:
        if not self.has(key, chosen):
            if self.strict:
                raise MissingTranslation(f"{key!r} is missing in locale {chosen!r}")
            log.warning("translation %s missing in locale %s", key, chosen)
            if chosen == self.default_locale or not self.has(key, self.default_locale):
                return key
            chosen = self.default_locale
        return self._format(key, chosen, variables)

    def _format(self, key: str, locale: str, variables: dict[str, Any]) -> str:
        bundle = self._catalogs[locale].bundle
        message_id, _, attribute = key.partition(".")
        message = bundle.get_message(message_id)
        pattern = message.attributes.get(attribute) if attribute else message.value
        if pattern is None:
            return self._fail(key, locale, ["no such value or attribute"], key)
        text, errors = bundle.format_pattern(pattern, variables)
        text = formatting.isolate_runs(str(text)) if formatting.is_rtl_locale(locale) else str(text)
        if errors:
            return self._fail(key, locale, [type(e).__name__ for e in errors], text)
        return text

    def _fail(self, key: str, locale: str, problems: list[str], text: str) -> str:
        """Strict: raise. Lenient: log the key and problem kinds (never the values) and go on."""
        if self.strict:
            raise MissingTranslation(f"{key!r} in {locale!r} could not be formatted: {problems}")
        log.warning("translation %s in locale %s formatted with errors: %s", key, locale, problems)
        return text

    # Checks used by tests: keys and variables per locale.

    def keys(self, locale: str) -> set[str]:
        """Every message id (terms as "-name") defined in `locale`."""
        return set(self._catalogs[locale].entries)

    def message_variables(self, locale: str, key: str) -> set[str]:
        """Names of the `$variables` a message (value and attributes) uses in `locale`."""
        collector = _VariableCollector()
        collector.visit(self._catalogs[locale].entries[key])
        return collector.names

    # Shortcuts taking a locale; see Localizer for the rest.

    def panel_error(self, error: Any, locale: str | None = None) -> str:
        return self.for_locale(locale).panel_error(error)

    def delivery_status(self, status: Any, locale: str | None = None) -> str:
        return self.for_locale(locale).delivery_status(status)

    def bulk_status(self, status: Any, locale: str | None = None) -> str:
        return self.for_locale(locale).bulk_status(status)

    def bulk_validation(self, validation: Any, locale: str | None = None) -> str:
        return self.for_locale(locale).bulk_validation(validation)
