"""The op table and the checks every op shares: credentials, then restriction."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from bot.panel.codes import AUTH_ERROR_TEXT, SendOp
from bot.panel.fake import queries, sends
from bot.panel.fake.answers import Json, error
from bot.panel.fake.newuser import op_newuser
from bot.panel.fake.state import Account, FakePanelState

Op = Callable[[FakePanelState, Account, Mapping[str, str]], Json]

OPS: dict[str, Op] = {
    "send": sends.op_send,
    "sendsociol": sends.op_sendsociol,
    "booksend": sends.op_booksend,
    "postalcodesend": sends.op_postalcodesend,
    "jobssend": sends.op_jobssend,
    "credit": queries.op_credit,
    "delivery": queries.op_delivery,
    "checkmessage": queries.op_checkmessage,
    "booklist": queries.op_booklist,
    "inboxlist": queries.op_inboxlist,
    "accesslist": queries.op_accesslist,
    "postalcodearea": queries.op_postalcodearea,
    "postalcodecount": queries.op_postalcodecount,
    "jobslist": queries.op_jobslist,
    "jobstrenlist": queries.op_jobstrenlist,
    "jobscount": queries.op_jobscount,
    "lines": queries.op_lines,
    "usertime": queries.op_usertime,
    "newuser": op_newuser,
}
SEND_OPS = frozenset(op.value for op in SendOp)
UNKNOWN_OP_TEXT = "operation not found"


def perform(state: FakePanelState, fields: Mapping[str, str]) -> Json:
    """Answer one request: check credentials and restriction, then run its op."""
    op = fields.get("op", "")
    account = state.authenticate(fields.get("uname", ""), fields.get("pass", ""))
    if account is None:
        return AUTH_ERROR_TEXT if op == "delivery" else error(962)
    if account.restricted:
        return error(2 if op in SEND_OPS else 963)
    handler = OPS.get(op)
    if handler is None:
        return error(-1, UNKNOWN_OP_TEXT)
    return handler(state, account, fields)
