# Staff management (/staff): list, add, remove, change role.

staff-admins-only = Only bot admins can manage staff.
staff-not-chat-admin = In a group, this command is only for bot admins who also administer this group.
staff-list-title = Bot staff:
staff-line = { $name } — { $role } — added { $added }
staff-user-named = { $name } ({ $user_id })
staff-user-unnamed = Colleague { $user_id }
staff-role-admin = admin
staff-role-operator = operator
staff-button-add = Add a colleague
staff-button-make-admin = Make admin
staff-button-make-operator = Make operator
staff-button-remove = Remove from staff
staff-member-title = { $name }
    Role: { $role }
    Added { $added }
staff-ask-user = Send the colleague's numeric id, or forward a message from them here. In a group, reply to this message.
staff-bad-user = That is not a user id. Send the colleague's numeric id or forward a message from them.
staff-hidden-user = The sender of that message hides their account in forwards; send their numeric id instead.
staff-no-bots = Bots cannot be staff.
staff-choose-role = Choose a role for { $name }:
staff-added = { $name } was added to the staff as { $role }.
staff-role-changed = { $name } is now { $role }.
staff-removed = { $name } was removed from the staff.
staff-not-member = { $name } is not on the staff.
staff-last-admin = Not done: the bot must keep at least one admin. Make another colleague admin first.
staff-usage =
    Managing staff:
    /staff — staff list and buttons
    /staff add id role — add (role: admin or operator)
    /staff add — as a reply to a colleague's message in a group
    /staff remove id — remove
    /staff role id role — change role
staff-hint-user = Please send your colleague's numeric id or forward a message of theirs here. To cancel, send /cancel.
staff-list-closed = The staff list is closed. Every change was saved when you made it.
staff-confirm-remove = Remove { $name } from staff?
staff-confirm-remove-self = Remove yourself from staff? You will no longer have access to the bot.
staff-confirm-self-demote = Change your own role to operator? You will no longer be able to manage staff.
staff-self-last-admin = Not done: you are the bot's only admin. Make a colleague an admin first.
staff-unknown-role = I don't know the role "{ $word }". Roles: { $roles }
staff-roles = admin ({ $admin }), operator ({ $operator })
staff-welcome = You were added to the SMS panel bot's staff (role: { $role }). Send /help to see what you can do.
staff-welcome-not-sent = The welcome did not reach them because they have not opened the bot yet; ask them to send /start.
