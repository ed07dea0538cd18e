access-group-admins-only = در گروه، این دستور فقط برای مدیران همین گروه است.
access-admins-only = این دستور فقط برای مدیران ربات است.
access-private-only = این دستور فقط در گفت‌وگوی خصوصی با ربات کار می‌کند.
access-groups-only = این دستور فقط در گروه کار می‌کند.
