"""What /postal shows: the chosen target in words, the area list's labels and the operator,
gender and count screens."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.context import BotContext
from bot.handlers.target_steps import back_cancel_row
from bot.keyboards import button
from bot.panel import Gender, Operator, PostalArea
from bot.services.target_requests import TargetRequest, requests_total
from bot.services.targets import PostalPick, PostalSelection

BOTH = "both"
"""The value of the «both operators» button."""

Screen = tuple[str, InlineKeyboardMarkup]


def pick_words(context: BotContext, pick: PostalPick) -> str:
    code = context.fmt.digits(pick.postal_code)
    if pick.title:
        return context.t("postal-target-area", area=pick.title, code=code)
    return context.t("postal-target-code", code=code)


def target(context: BotContext, selection: PostalSelection) -> str:
    """The ticked areas and codes in words."""
    separator = context.t("targets-list-separator")
    return separator.join(pick_words(context, pick) for pick in selection.picks)


def operators_words(context: BotContext, operators: list[Operator]) -> str:
    if len(operators) > 1:
        return context.t("targets-both-operators")
    return context.fmt.operator(operators[0])


def request_words(context: BotContext, selection: PostalSelection, request: TargetRequest) -> str:
    pick = next(p for p in selection.picks if p.postal_code == request.postal_code)
    assert request.operator is not None
    return context.t(
        "targets-postal-request",
        target=pick_words(context, pick),
        operator=context.fmt.operator(request.operator),
    )


def area_label(context: BotContext, area: PostalArea) -> str:
    code = context.fmt.digits(area.postal_code or "")
    return context.t("postal-area-option", area=area.title, code=code)


def ticked_summary(context: BotContext, selection: PostalSelection) -> str:
    typed = [pick_words(context, pick) for pick in selection.picks if pick.area_id is None]
    chosen = context.t("selected-count", count=len(selection.picks))
    if not typed:
        return chosen
    codes = context.t("targets-list-separator").join(typed)
    return f"{chosen}\n{context.t('targets-typed-codes', codes=codes)}"


def operator_screen(context: BotContext, selection: PostalSelection, owner: int) -> Screen:
    choices = [
        button(context.fmt.operator(operator), "postal.operator", operator, owner)
        for operator in (Operator.MCI, Operator.IRANCELL)
    ]
    both = button(context.t("targets-button-both-operators"), "postal.operator", BOTH, owner)
    keyboard = [choices, [both], back_cancel_row(context, "postal.back_to_area", owner)]
    text = context.t("postal-choose-operator", target=target(context, selection))
    return text, InlineKeyboardMarkup(keyboard)


def gender_screen(context: BotContext, selection: PostalSelection, owner: int) -> Screen:
    choices = [
        button(context.fmt.gender(gender), "postal.gender", gender, owner)
        for gender in (Gender.ALL, Gender.MALE, Gender.FEMALE)
    ]
    keyboard = [
        [choices[0]],
        choices[1:],
        back_cancel_row(context, "postal.back_to_operator", owner),
    ]
    text = context.t(
        "postal-choose-gender",
        target=target(context, selection),
        operator=operators_words(context, selection.operators),
    )
    return text, InlineKeyboardMarkup(keyboard)


def count_summary(context: BotContext, selection: PostalSelection) -> str:
    assert selection.gender is not None
    lines = [
        context.t(
            "postal-count",
            target=target(context, selection),
            operator=operators_words(context, selection.operators),
            gender=context.fmt.gender(selection.gender),
            count=selection.total,
        )
    ]
    if len(selection.picks) > 1:
        lines += [
            context.t(
                "targets-pick-count",
                target=pick_words(context, pick),
                count=selection.pick_count(pick),
            )
            for pick in selection.picks
        ]
    if selection.cap is not None:
        chosen = selection.to_send
        lines.append(
            context.t(
                "targets-cap-applied",
                cap=selection.cap,
                count=requests_total(chosen),
                requests=len(chosen),
                total=len([r for r in selection.requests if r.count]),
            )
        )
    return "\n".join(lines)


def draft_target(
    context: BotContext, selection: PostalSelection, requests: list[TargetRequest]
) -> str:
    """The target as the preview and the audit trail show it: the areas, operators and gender,
    or, under a cap that leaves some out, each request sent."""
    assert selection.gender is not None
    gender = context.fmt.gender(selection.gender)
    if len(requests) == len([r for r in selection.requests if r.count]):
        return context.t(
            "postal-draft-target",
            target=target(context, selection),
            operator=operators_words(context, selection.operators),
            gender=gender,
        )
    separator = context.t("targets-list-separator")
    words = separator.join(request_words(context, selection, r) for r in requests)
    return context.t("targets-postal-capped", requests=words, gender=gender)
