# Group chats: who may use account-level commands there.

groups-admins-only = در گروه، این دستور فقط برای مدیران ربات است که مدیر همین گروه هم باشند.
