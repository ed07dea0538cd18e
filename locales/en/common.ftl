# Shared words: buttons, generic replies, help. Keys here carry no feature prefix;
# every other file's keys start with its own name (send.ftl → send-…).

## Buttons

button-send = Send
button-cancel = Cancel
button-back = Back
button-next = Next ▶
button-previous = ◀ Previous
page-of = Page { $page } of { $pages }
button-confirm = Confirm
button-edit-text = Edit text
button-edit-recipients = Edit recipients
button-select-all = Select all
button-select-none = Select none
button-done = Done
button-yes = Yes
button-no = No
button-checked = ✅ { $label }
button-unchecked = ⬜ { $label }

button-expired = This button no longer works. Please start again from /start.
button-not-yours = Only the person who started this may tap these buttons.

## Generic replies

not-staff =
    This bot is for company staff only.
    If you work here, send this id to the bot's admin: { $user_id }
not-staff-short = This bot is for company staff only.
cancelled = Cancelled.
conversation-timed-out = This conversation was closed after a long wait. Send /start to begin again.
hint-use-buttons = Please tap one of the buttons above, or send /cancel to stop.
hint-send-text = Please answer with a text message, or send /cancel to stop.
hint-send-number = Please send a number, or send /cancel to stop.
internal-error = Something went wrong. Please try again.
please-wait = Please wait…
nothing-to-show = Nothing to show.
selected-count =
    { $count ->
        [one] { $count } item selected.
       *[other] { $count } items selected.
    }
amount-rials = { $amount } rials
today-at = Today { $time }
yesterday-at = Yesterday { $time }

## Help

help-staff =
    SMS panel bot help

    Everything is one tap away in the main menu (/start). Before anything is sent you see a preview of the message, the number of recipients and the credit needed, and nothing goes out until you confirm. /cancel stops the current task at any time.

    Account
    /login — sign in to the SMS panel account (in a group: set the group's account in private chat)
    /logout — sign out of the panel account
    /settings — default sender line and language
    /lang — change language (Persian or English)

    Sending
    /send — send SMS to numbers (text, or a txt, csv or xlsx file)
    /social — send through Telegram or Viber
    /books — send to phone books
    /postal — send by postal code, operator and gender
    /jobs — send by job and trend

    Reports
    /credit — account credit
    /delivery — delivery report of a send (with its bulk id)
    /status — state of a send (with its bulk id)
    /inbox — received messages
    /packages — the account's packages
    /history — this chat's sending history
    /report — today's sends of the group (in a group)

    Admins only
    /newuser — create a sub-user in the panel
    /staff — list staff, add, remove and change roles

    /start — main menu
    /cancel — cancel the current task
    /help — this help
help-guest =
    This bot is for company staff.
    To get access, send your user id to the bot's admin: { $user_id }

## Flows in groups and after a restart

reply-to-prompt = Please answer with "Reply" to this message.
flow-reset = Your unfinished task could not be continued after the bot was updated and was closed. Please start again: /start

## Help, built from the list of features

help-intro =
    SMS panel bot help
    Before every send you see a preview with the text, the recipients and the credit needed; nothing is sent until you confirm. /cancel cancels the current task at any time.
help-section-account = Account
help-section-sending = Sending
help-section-reports = Reports
help-section-admins = For admins
help-section-general = General
