access-group-admins-only = In a group, this command is for the group's administrators only.
