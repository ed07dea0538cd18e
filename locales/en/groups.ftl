# Group chats: who may use account-level commands there.

groups-admins-only = In a group, this command is only for bot admins who also administer this group.
