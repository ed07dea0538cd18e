"""The one registry of features: what each is called, where it works, who may use it, and the
builder of its handlers.

Handlers (bot.handlers.register_handlers), the main menu and /help (bot.handlers.start), the
published command lists per scope and the access gate (bot.handlers.access) all derive from
FEATURES. Adding a feature touches this list, its module and its locale file.

Locale keys of a feature `x`: ``start-command-x`` (command list and /help line) and, with a menu
button, ``start-button-x``. A menu button sends ``Action("menu.x")``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import cache

from telegram.ext import BaseHandler

from bot.config import Settings
from bot.handlers.approvals import build_approvals_handlers
from bot.handlers.books import build_books_handlers
from bot.handlers.company_reports import build_company_reports_handlers
from bot.handlers.jobs import build_jobs_handlers
from bot.handlers.login import build_login_handlers
from bot.handlers.org_accounts import build_accounts_handlers
from bot.handlers.postal import build_postal_handlers
from bot.handlers.reports import build_reports_handlers
from bot.handlers.resend import build_resend_handlers
from bot.handlers.scheduled import build_scheduled_handlers
from bot.handlers.send import build_send_handlers
from bot.handlers.send_jobs import build_send_jobs_handlers
from bot.handlers.settings import build_settings_handlers
from bot.handlers.staff import build_staff_handlers
from bot.handlers.start import build_start_handlers
from bot.handlers.templates import build_templates_handlers
from bot.handlers.users import build_users_handlers

Builder = Callable[[Settings], Sequence[BaseHandler]]


class Section(Enum):
    """Where a feature's line stands in /help."""

    ACCOUNT = "account"
    SENDING = "sending"
    REPORTS = "reports"
    ADMINS = "admins"
    GENERAL = "general"


@dataclass(frozen=True)
class Feature:
    """One thing the bot does.

    `actions`: button names (exact, or a prefix ending in ".") that work whenever they are
    tapped; `flow_actions`: buttons that belong to the feature's flow `flow` (dead once it is
    over). `group_admins`: in a group only the group's administrators may use it (account data
    and settings). `owner_or_admins`: its buttons obey their owner and the bot's admins too
    (a send job's buttons). `build`: the builder of the module's handlers (None: built with
    another).
    """

    name: str
    section: Section
    build: Builder | None = None
    commands: tuple[str, ...] = ()
    menu: bool = False
    admins_only: bool = False
    in_private: bool = True
    in_groups: bool = True
    group_admins: bool = False
    flow: str | None = None
    actions: tuple[str, ...] = ()
    flow_actions: tuple[str, ...] = ()
    owner_or_admins: bool = False

    @property
    def menu_action(self) -> str:
        return f"menu.{self.name}"


S = Section
FEATURES: tuple[Feature, ...] = (
    Feature("start", S.GENERAL, build_start_handlers, ("start",)),
    Feature(
        "send",
        S.SENDING,
        build_send_handlers,
        ("send",),
        menu=True,
        flow="send",
        flow_actions=("send.",),
    ),
    Feature("social", S.SENDING, None, ("social",), menu=True, flow="send"),
    Feature(
        "books",
        S.SENDING,
        build_books_handlers,
        ("books",),
        menu=True,
        flow="books",
        flow_actions=("books.",),
    ),
    Feature(
        "postal",
        S.SENDING,
        build_postal_handlers,
        ("postal",),
        menu=True,
        flow="postal",
        flow_actions=("postal.",),
    ),
    Feature(
        "jobs",
        S.SENDING,
        build_jobs_handlers,
        ("jobs",),
        menu=True,
        flow="jobs",
        flow_actions=("jobs.",),
    ),
    Feature(
        "templates",
        S.SENDING,
        build_templates_handlers,
        ("templates",),
        menu=True,
        actions=("templates.",),
    ),
    Feature(  # renaming and deleting a saved text: in a group, for its administrators
        "templates_edit",
        S.SENDING,
        group_admins=True,
        flow="templates",
        actions=("templates.rename", "templates.delete", "templates.delete.yes"),
    ),
    Feature(  # pending scheduled sends: cancel, change time (a small flow), send now
        "scheduled",
        S.SENDING,
        build_scheduled_handlers,
        ("scheduled",),
        flow="scheduled",
        actions=("scheduled.",),
        flow_actions=("schedule.",),
    ),
    Feature(  # «ارسال دوباره به ناموفق‌ها» (a `job.` button): a preview of the failed numbers
        "resend", S.SENDING, build_resend_handlers, flow="resend"
    ),
    Feature(  # the buttons of a send job: Stop, delivery report, batch detail, retry
        "sendjob",
        S.SENDING,
        build_send_jobs_handlers,
        actions=("job.",),
        owner_or_admins=True,
    ),
    Feature("credit", S.REPORTS, None, ("credit",), menu=True, group_admins=True),
    Feature(
        "delivery",
        S.REPORTS,
        build_reports_handlers,
        ("delivery",),
        menu=True,
        group_admins=True,
        flow="reports",
        actions=("report.delivery", "report.page", "report.xlsx"),
    ),
    Feature(
        "status",
        S.REPORTS,
        None,
        ("status",),
        menu=True,
        group_admins=True,
        flow="reports",
        actions=("report.status",),
    ),
    Feature(
        "inbox",
        S.REPORTS,
        None,
        ("inbox",),
        menu=True,
        group_admins=True,
        actions=("report.inbox",),
    ),
    Feature("packages", S.REPORTS, None, ("packages",), menu=True, group_admins=True),
    Feature(  # this chat's sends; its «همهٔ ارسال‌ها» button: the company's (admins) or one's own
        "history",
        S.REPORTS,
        None,
        ("history",),
        menu=True,
        group_admins=True,
        actions=("org.history.",),
    ),
    Feature(  # company-wide: today, this week, this month, a Jalali range; its .xlsx button
        "report",
        S.REPORTS,
        build_company_reports_handlers,
        ("report",),
        admins_only=True,
        group_admins=True,
        flow="report",
        actions=("org.report.",),
    ),
    Feature(  # shared accounts: share, give to staff or a group, revoke, approval rule
        "accounts",
        S.ADMINS,
        build_accounts_handlers,
        ("accounts",),
        admins_only=True,
        group_admins=True,
        flow="accounts",
        actions=("accounts.",),
    ),
    Feature(  # «تأیید و ارسال» / «رد» (+ an optional reason) on an approval request (role checked)
        "approvals",
        S.ADMINS,
        build_approvals_handlers,
        flow="approvals",
        actions=("approval.",),
    ),
    Feature(
        "newuser",
        S.ADMINS,
        build_users_handlers,
        ("newuser",),
        menu=True,
        admins_only=True,
        in_groups=False,
        flow="newuser",
        flow_actions=("newuser.",),
    ),
    Feature(
        "staff",
        S.ADMINS,
        build_staff_handlers,
        ("staff",),
        menu=True,
        admins_only=True,
        group_admins=True,
        flow="staff",
        actions=("staff.",),
        flow_actions=("staff.new_role",),
    ),
    Feature(
        "login",
        S.ACCOUNT,
        build_login_handlers,
        ("login",),
        group_admins=True,
        flow="login",
        flow_actions=("login.",),
    ),
    Feature("logout", S.ACCOUNT, None, ("logout",), group_admins=True, actions=("logout.",)),
    Feature(
        "settings",
        S.ACCOUNT,
        build_settings_handlers,
        ("settings",),
        menu=True,
        group_admins=True,
        flow="settings",
        actions=("settings.",),
        flow_actions=("settings.sender.set", "settings.sender.clear"),
    ),
    Feature("lang", S.ACCOUNT, None, ("lang",), group_admins=True),
    Feature("help", S.GENERAL, None, ("help",), menu=True),
    Feature("cancel", S.GENERAL, None, ("cancel",)),
)
# Buttons (besides menu.*) that open a flow.
ENTRY_ACTIONS = frozenset({"login.start", "templates.rename"})


@cache
def by_name() -> dict[str, Feature]:
    return {feature.name: feature for feature in FEATURES}


@cache
def by_command() -> dict[str, Feature]:
    return {command: feature for feature in FEATURES for command in feature.commands}


def published_commands() -> list[str]:
    """Every command, in the registry's order."""
    return [command for feature in FEATURES for command in feature.commands]


def feature_of_command(command: str) -> Feature | None:
    return by_command().get(command.lower())


def is_entry_action(name: str) -> bool:
    return name.startswith("menu.") or name in ENTRY_ACTIONS


def _matches(pattern: str, name: str) -> bool:
    return name.startswith(pattern) if pattern.endswith(".") else name == pattern


@cache
def _owner_of_action(name: str) -> tuple[Feature | None, bool]:
    """(feature, whether the button belongs to its flow); the longest matching pattern wins."""
    if name.startswith("menu."):
        return by_name().get(name.removeprefix("menu.")), False
    best: tuple[int, Feature | None, bool] = (0, None, False)
    for feature in FEATURES:
        for patterns, in_flow in ((feature.actions, False), (feature.flow_actions, True)):
            for pattern in patterns:
                if _matches(pattern, name) and len(pattern) > best[0]:
                    best = (len(pattern), feature, in_flow)
    return best[1], best[2]


def feature_of_action(name: str) -> Feature | None:
    """The feature a button belongs to (menu buttons included)."""
    return _owner_of_action(name)[0]


def flow_of_action(name: str) -> str | None:
    """The flow a button belongs to, if it is one of a flow's own buttons."""
    feature, in_flow = _owner_of_action(name)
    return feature.flow if feature is not None and in_flow else None


def builders() -> list[Builder]:
    return [feature.build for feature in FEATURES if feature.build is not None]
