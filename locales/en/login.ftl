# /login, /logout and the group account deep link.

## Private sign-in

login-ask-username =
    Sign in to the panel account
    Send the panel username. (To cancel: /cancel)
login-ask-username-group =
    Sign in to the panel account for the group “{ $title }”
    Send the panel username. (To cancel: /cancel)
login-bad-username = The username is one word without spaces. Please send it again.
login-ask-password = Now send the panel password. The password message is deleted at once.
login-checking = Checking the account with the panel…
login-wrong-password =
    The panel did not accept this username and password.
    Please send the password again, or tap the button below to enter another username.
login-button-other-username = Another username
login-not-saved = The panel account was not saved; please send /login again a little later.
login-success = Signed in. Panel account credit: { $credit } rials
login-success-group = The panel account of the group “{ $title }” is set. This group's panel account credit: { $credit } rials
login-ask-sender = Choose the default sender line or send its number. This step is optional.
login-ask-sender-typed = Send the number of the default sender line. This step is optional.
login-button-skip-sender = Later
login-bad-sender = A sender line has digits only (it may start with +). Please send it again.
login-sender-saved =
    Default sender line: { $sender }
    Main menu: /start
login-sender-skipped =
    Set the default sender line later in /settings.
    Main menu: /start
login-hint-username = Please send the panel username as text, or send /cancel to cancel.
login-hint-password = Please send the panel password as text, or send /cancel to cancel.
login-hint-sender = Please choose a sender line, send its number or tap “Later”.

## Group accounts

login-group-link = Usernames and passwords are never sent in a group. To set this group's panel account, tap the button below and continue in a private chat.
login-group-button = 🔑 Continue in private chat
login-group-not-admin = Only the administrators of this group may set or remove the group's panel account.
login-private-only = This is done only in a private chat with the bot.

## /logout

login-logout-confirm = Remove the panel account from this chat? You will have to sign in again to send.
login-logout-done = The panel account was removed from this chat. To sign in again: /login
login-logout-kept = The panel account is kept.
login-logout-none = No panel account is set for this chat. To sign in: /login
