"""/templates through the real Application: browse, page, rename, delete, per account.

`bot.handlers.templates` is registered by the feature registry (bot.features: `templates`).
"""

from __future__ import annotations

from bot.botapi_stub.user_side import visible
from bot.services.templates import PAGE_SIZE, TemplateService, first_words
from storage import TemplateRecord

GREETING = "نوروزتان پیروز، سال خوبی داشته باشید. فروشگاه ما از اول فروردین باز است."
REMINDER = "یادآوری: قسط این ماه شما فردا سررسید می‌شود."


def t(bot_env, key: str, **variables) -> str:
    return bot_env.app.services.i18n.t(key, locale="fa", **variables)


async def save(bot_env, name: str, text: str, chat: int | None = None) -> TemplateRecord:
    chat = chat if chat is not None else bot_env.admin.user_id
    record = await TemplateService(bot_env.storage).save(chat, name=name, text=text, user_id=1)
    assert isinstance(record, TemplateRecord)
    return record


def line(bot_env, name: str, text: str, parts: int) -> str:
    return t(bot_env, "templates-line", name=name, first_words=first_words(text), parts=parts)


async def test_the_list_shows_names_first_words_and_parts_and_opens_a_text(bot_env):
    await bot_env.login()
    await save(bot_env, "تبریک نوروز", GREETING)
    await save(bot_env, "یادآوری قسط", REMINDER)

    listed = await bot_env.say("/templates")
    listed_text, listed_buttons = listed.text, listed.button_texts  # the tap edits it in place
    opened = await bot_env.tap("تبریک نوروز")

    assert line(bot_env, "یادآوری قسط", REMINDER, parts=1) in listed_text  # 45 characters
    assert line(bot_env, "تبریک نوروز", GREETING, parts=2) in listed_text  # 75 characters
    assert listed_text.index("یادآوری قسط") < listed_text.index("تبریک نوروز")  # newest first
    assert listed_buttons == ["یادآوری قسط", "تبریک نوروز"]
    shown = t(bot_env, "templates-shown", name="تبریک نوروز", parts=2, text=GREETING)
    assert opened.text == shown


async def test_a_long_list_is_paged(bot_env):
    await bot_env.login()
    for number in range(PAGE_SIZE + 2):
        await save(bot_env, f"متن {number}", f"text {number}")

    first = (await bot_env.say("/templates")).button_texts
    second = await bot_env.tap(t(bot_env, "button-next"))

    assert len([b for b in first if b.startswith("متن")]) == PAGE_SIZE
    labels = [visible(label) for label in second.button_texts]
    assert [b for b in labels if b.startswith("متن")] == ["متن 1", "متن 0"]
    assert visible(t(bot_env, "page-of", page=2, pages=2)) in labels


async def test_rename_refuses_a_taken_name_then_renames(bot_env):
    await bot_env.login()
    await save(bot_env, "تبریک نوروز", GREETING)
    await save(bot_env, "یادآوری قسط", REMINDER)

    await bot_env.say("/templates")
    await bot_env.tap("یادآوری قسط")
    asked = (await bot_env.tap(t(bot_env, "templates-button-rename"))).text
    taken = await bot_env.say("تبریک   نوروز")
    renamed = await bot_env.say("  یادآوری قسط آذر ")
    listed = await bot_env.say("/templates")

    assert asked == t(bot_env, "templates-ask-new-name", name="یادآوری قسط", max=40)
    assert taken.text == t(
        bot_env, "templates-problem-name-taken", name="تبریک   نوروز", max=40, max_parts=10
    )
    assert renamed.text == t(bot_env, "templates-renamed", name="یادآوری قسط آذر")
    assert [visible(x) for x in listed.button_texts] == ["یادآوری قسط آذر", "تبریک نوروز"]


async def test_a_command_during_rename_leaves_the_text_as_it_was(bot_env):
    await bot_env.login()
    await save(bot_env, "تبریک نوروز", GREETING)

    await bot_env.say("/templates")
    await bot_env.tap("تبریک نوروز")
    await bot_env.tap(t(bot_env, "templates-button-rename"))
    cancelled = await bot_env.say("/cancel")
    listed = await bot_env.say("/templates")

    assert cancelled.text == t(bot_env, "cancelled")
    assert [visible(x) for x in listed.button_texts] == ["تبریک نوروز"]


async def test_delete_asks_first_then_the_text_is_gone(bot_env):
    await bot_env.login()
    await save(bot_env, "تبریک نوروز", GREETING)

    await bot_env.say("/templates")
    await bot_env.tap("تبریک نوروز")
    confirm = (await bot_env.tap(t(bot_env, "templates-button-delete"))).text
    deleted = await bot_env.tap(t(bot_env, "templates-button-confirm-delete"))
    listed = await bot_env.say("/templates")

    assert confirm == t(bot_env, "templates-confirm-delete", name="تبریک نوروز")
    assert deleted.text == t(bot_env, "templates-deleted", name="تبریک نوروز")
    assert listed.text == t(bot_env, "templates-empty")


async def test_an_old_button_of_a_deleted_text_says_it_is_gone(bot_env):
    await bot_env.login()
    record = await save(bot_env, "تبریک نوروز", GREETING)
    listed = await bot_env.say("/templates")
    await TemplateService(bot_env.storage).delete(bot_env.admin.user_id, record.id)

    stale = await bot_env.tap("تبریک نوروز", message=listed)

    assert stale.text == t(bot_env, "templates-gone")


async def test_saved_texts_belong_to_the_chat_that_holds_the_account(bot_env):
    operator = await bot_env.add_operator()
    await bot_env.login()
    await bot_env.login(operator)
    await save(bot_env, "مال مدیر", GREETING)

    without_any = await bot_env.say("/templates", user=operator)
    assert without_any.text == t(bot_env, "templates-empty")

    await bot_env.storage.delete_credentials(operator.user_id)
    no_account = await bot_env.say("/templates", user=operator)
    assert no_account.text == t(bot_env, "templates-no-account")
