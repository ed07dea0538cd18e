access-group-admins-only = In a group, this command is for the group's administrators only.
access-admins-only = This command is for the bot's admins only.
access-private-only = This command works only in a private chat with the bot.
access-groups-only = This command works only in a group.
