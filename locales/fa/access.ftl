access-group-admins-only = در گروه، این دستور فقط برای مدیران همین گروه است.
