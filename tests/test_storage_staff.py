"""Staff and roles: ADMIN_IDS seeded, add/remove/change role, the last admin protected."""

from __future__ import annotations

import pytest

from storage import LastAdminError, Role, Storage

# tests/ may or may not be a package; the fixtures module sits beside this file either way.
pytest_plugins = (f"{__package__}.storage_fixtures" if __package__ else "storage_fixtures",)

FIRST_ADMIN = 1001  # the ADMIN_IDS of the `store` fixture
OPERATOR = 2002


async def test_admin_ids_are_admins_from_the_first_start(store, admin_id):
    assert admin_id == FIRST_ADMIN
    assert await store.get_role(FIRST_ADMIN) is Role.ADMIN
    assert await store.is_staff(FIRST_ADMIN) is True
    assert await store.is_staff(OPERATOR) is False
    assert await store.count_admins() == 1


async def test_admin_ids_are_ensured_at_every_open(database_url, secret_key):
    first = await Storage.open(database_url, [secret_key], [FIRST_ADMIN])
    await first.add_staff(OPERATOR, Role.OPERATOR, added_by=FIRST_ADMIN)
    await first.close()

    again = await Storage.open(database_url, [secret_key], [FIRST_ADMIN, OPERATOR, 3003])
    roles = {member.user_id: member.role for member in await again.list_staff()}
    await again.close()
    assert roles == {FIRST_ADMIN: Role.ADMIN, OPERATOR: Role.ADMIN, 3003: Role.ADMIN}


async def test_add_list_change_role_and_remove(store):
    assert await store.add_staff(OPERATOR, Role.OPERATOR, added_by=FIRST_ADMIN) is True
    members = {member.user_id: member for member in await store.list_staff()}
    assert members[OPERATOR].role is Role.OPERATOR
    assert members[OPERATOR].added_by == FIRST_ADMIN
    assert members[OPERATOR].added_at.tzinfo is not None

    assert await store.set_role(OPERATOR, Role.ADMIN) is True
    assert await store.get_role(OPERATOR) is Role.ADMIN
    assert await store.count_admins() == 2

    assert await store.remove_staff(OPERATOR) is True
    assert await store.is_staff(OPERATOR) is False
    assert await store.remove_staff(OPERATOR) is False
    assert await store.set_role(OPERATOR, Role.ADMIN) is False


async def test_adding_an_existing_member_changes_the_role(store):
    await store.add_staff(OPERATOR, Role.OPERATOR, added_by=FIRST_ADMIN)

    assert await store.add_staff(OPERATOR, Role.ADMIN, added_by=FIRST_ADMIN) is False
    assert await store.get_role(OPERATOR) is Role.ADMIN


async def test_the_last_admin_can_be_neither_removed_nor_demoted(store):
    await store.add_staff(OPERATOR, Role.OPERATOR, added_by=FIRST_ADMIN)

    with pytest.raises(LastAdminError, match=f"User {FIRST_ADMIN} is the last admin"):
        await store.remove_staff(FIRST_ADMIN)
    with pytest.raises(LastAdminError):
        await store.set_role(FIRST_ADMIN, Role.OPERATOR)
    assert await store.get_role(FIRST_ADMIN) is Role.ADMIN
    assert await store.remove_staff(OPERATOR) is True  # operators go freely


async def test_an_admin_can_go_once_another_admin_exists(store):
    await store.add_staff(OPERATOR, Role.ADMIN, added_by=FIRST_ADMIN)

    assert await store.set_role(FIRST_ADMIN, Role.OPERATOR) is True
    with pytest.raises(LastAdminError):
        await store.remove_staff(OPERATOR)
    assert await store.count_admins() == 1
