"""Saved texts («متن‌های آماده»): storage (encrypted, per account), migration and the service."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.config import Config
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, inspect, text
from sqlmodel import Session

from bot.panel.sms import MAX_PARTS
from bot.services import templates as templates_module
from bot.services.templates import (
    FIRST_WORDS_MAX_CHARS,
    PAGE_SIZE,
    TemplateProblem,
    TemplateService,
    first_words,
)
from storage import Storage, TemplateRecord
from storage.db import MIGRATIONS, migrate
from storage.maintenance import rotate_keys

pytest_plugins = (f"{__package__}.storage_fixtures" if __package__ else "storage_fixtures",)

CHAT = -1001
OTHER_CHAT = -1002
USER = 1001
NOWRUZ = "نوروزتان پیروز، سال خوبی داشته باشید. فروشگاه ما از اول فروردین باز است."


@pytest.fixture
def service(store: Storage) -> TemplateService:
    return TemplateService(store)


async def saved(service: TemplateService, name: str, text: str = NOWRUZ, chat: int = CHAT):
    record = await service.save(chat, name=name, text=text, user_id=USER)
    assert isinstance(record, TemplateRecord), record
    return record


async def test_a_saved_text_is_listed_with_its_first_words_and_part_count(service):
    record = await saved(service, "  تبریک   نوروز ")

    page = await service.page(CHAT)

    assert record.name == "تبریک نوروز" and record.created_by == USER
    assert [(line.name, line.first_words, line.parts) for line in page.lines] == [
        ("تبریک نوروز", "نوروزتان پیروز، سال خوبی داشته باشید.…", 2)
    ]
    assert (page.page, page.pages, page.total) == (0, 1, 1)
    assert (await service.get(CHAT, record.id)).text == NOWRUZ


async def test_the_text_is_stored_encrypted(service, store):
    await saved(service, "تبریک")

    with Session(store.engine) as session:
        tokens = session.exec(text("SELECT text_token FROM templates")).scalars().all()

    assert len(tokens) == 1
    assert "نوروز" not in tokens[0]
    assert store._cipher.decrypt(tokens[0]) == NOWRUZ


async def test_the_list_is_paged_newest_first(service):
    for number in range(PAGE_SIZE * 2 + 3):
        await saved(service, f"متن {number}", text=f"text {number}")

    first = await service.page(CHAT, 0)
    last = await service.page(CHAT, 2)
    beyond = await service.page(CHAT, 99)

    assert first.lines[0].name == f"متن {PAGE_SIZE * 2 + 2}"
    assert (first.pages, first.total, len(first.lines)) == (3, PAGE_SIZE * 2 + 3, PAGE_SIZE)
    assert [line.name for line in last.lines] == ["متن 2", "متن 1", "متن 0"]
    assert beyond == last


async def test_an_empty_list_has_one_empty_page(service):
    page = await service.page(CHAT, 3)

    assert (page.lines, page.page, page.pages, page.total) == ((), 0, 1, 0)


async def test_saved_texts_belong_to_their_account(service):
    record = await saved(service, "تبریک")

    assert (await service.page(OTHER_CHAT)).total == 0
    assert await service.get(OTHER_CHAT, record.id) is None
    assert await service.rename(OTHER_CHAT, record.id, "مال من") is TemplateProblem.NOT_FOUND
    assert await service.delete(OTHER_CHAT, record.id) is False
    assert (await service.get(CHAT, record.id)).name == "تبریک"
    await saved(service, "تبریک", chat=OTHER_CHAT)  # the same name in another account


async def test_a_name_is_used_once_per_account_whatever_its_spacing_and_letters(service):
    await saved(service, "تبریک نوروز")

    again = await service.save(CHAT, name="تبريك   نوروز", text="دیگر", user_id=USER)

    assert again is TemplateProblem.NAME_TAKEN
    assert (await service.page(CHAT)).total == 1


async def test_rename(service):
    first = await saved(service, "اول")
    second = await saved(service, "دوم")

    assert await service.rename(CHAT, second.id, "اول") is TemplateProblem.NAME_TAKEN
    renamed = await service.rename(CHAT, second.id, " یادآوری  قسط ")
    same = await service.rename(CHAT, first.id, "اول")

    assert isinstance(renamed, TemplateRecord) and renamed.name == "یادآوری قسط"
    assert renamed.text == NOWRUZ
    assert isinstance(same, TemplateRecord)
    assert {line.name for line in (await service.page(CHAT)).lines} == {"اول", "یادآوری قسط"}
    assert await service.rename(CHAT, 999_999, "x") is TemplateProblem.NOT_FOUND


async def test_delete(service):
    record = await saved(service, "تبریک")

    assert await service.delete(CHAT, record.id) is True
    assert await service.delete(CHAT, record.id) is False
    assert (await service.page(CHAT)).total == 0
    assert await service.get(CHAT, record.id) is None


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("   ", NOWRUZ, TemplateProblem.EMPTY_NAME),
        ("ن" * 41, NOWRUZ, TemplateProblem.NAME_TOO_LONG),
        ("تبریک", " \n ", TemplateProblem.EMPTY_TEXT),
        ("تبریک", "ب" * (67 * MAX_PARTS + 1), TemplateProblem.TEXT_TOO_LONG),
    ],
    ids=["empty name", "long name", "empty text", "text over the part limit"],
)
async def test_bad_names_and_texts_are_refused_and_nothing_is_kept(service, name, text, problem):
    assert await service.save(CHAT, name=name, text=text, user_id=USER) is problem
    assert (await service.page(CHAT)).total == 0


async def test_an_account_keeps_a_bounded_number_of_texts(service, monkeypatch):
    monkeypatch.setattr(templates_module, "MAX_TEMPLATES", 2)
    await saved(service, "یک")
    await saved(service, "دو")

    third = await service.save(CHAT, name="سه", text="x", user_id=USER)

    assert third is TemplateProblem.LIMIT_REACHED
    assert (await service.save(OTHER_CHAT, name="سه", text="x", user_id=USER)).name == "سه"


async def test_rotate_keys_re_encrypts_saved_texts(database_url, secret_key):
    store = await Storage.open(database_url, [secret_key], [USER])
    await saved(TemplateService(store), "تبریک")
    await store.close()
    new_key = Fernet.generate_key().decode()

    rotate_keys(database_url, [new_key, secret_key])

    reopened = await Storage.open(database_url, [new_key], [USER])
    try:
        assert (await TemplateService(reopened).page(CHAT)).lines[0].name == "تبریک"
        record_id = (await TemplateService(reopened).page(CHAT)).lines[0].id
        assert (await reopened.get_template(CHAT, record_id)).text == NOWRUZ
    finally:
        await reopened.close()


def test_the_migration_creates_and_drops_the_table(database_url):
    migrate(database_url)
    engine = create_engine(database_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        assert "templates" in inspect(engine).get_table_names()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0001")
        assert "templates" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سلام", "سلام"),
        ("یک دو سه چهار پنج شش", "یک دو سه چهار پنج شش"),
        ("یک دو سه چهار پنج شش هفت", "یک دو سه چهار پنج شش…"),
        ("یک\nدو\n\nسه", "یک دو سه"),
        ("ب" * 100, "ب" * FIRST_WORDS_MAX_CHARS + "…"),
    ],
)
def test_first_words(text, expected):
    assert first_words(text) == expected
