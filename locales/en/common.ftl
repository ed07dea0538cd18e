# Shared words: buttons, generic replies, help. Keys here carry no feature prefix;
# every other file's keys start with its own name (send.ftl → send-…).
# Wording: locales/GLOSSARY.md (the "English" column).

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
sender-line = { $line }

button-expired = This button belongs to an old message and no longer works. Send /start to begin again.
button-not-yours = Only the colleague who started this task may tap these buttons.

## Generic replies

not-staff =
    This bot is for company staff only.
    If you work here, send this id to the bot admin: { $user_id }
not-staff-short = This bot is for company staff only.
cancelled = This task was cancelled.
closed = Closed.
conversation-timed-out = This task was closed after getting no answer for a while. Send /start to begin again.
hint-use-buttons = Please tap one of the buttons above, or send /cancel to cancel.
hint-send-text = Please answer with text, or send /cancel to cancel.
hint-send-number = Please send a number, or send /cancel to cancel.
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

    Every task starts with one tap in the main menu (/start). Before anything is sent you see a preview of the text, the number of recipients and the credit needed, and nothing goes out until you confirm. /cancel cancels the current task at any time.

    Account
    /login — sign in to the panel account (in a group: set the group's panel account in a private chat)
    /logout — sign out of the panel account
    /settings — default sender line and language
    /lang — change language (Persian or English)

    Sending
    /send — send SMS to numbers (text, or a txt, csv or xlsx file)
    /social — send a message on Telegram or Viber
    /books — send SMS to phone books
    /postal — send by postal code (neighbourhood, operator and gender)
    /jobs — send to jobs (job and category)

    Reports
    /credit — panel account credit
    /delivery — delivery report of a send (with its send id)
    /status — send status (with its send id)
    /inbox — received SMS
    /packages — the panel account's packages
    /history — this chat's sending history
    /report — today's sends of the group (in a group)

    Bot admins only
    /newuser — create a sub-user in the panel
    /staff — list staff, add, remove and change roles

    /start — main menu
    /cancel — cancel the current task
    /help — this help
help-oneshot =
    Quick send in one message: after /send (on the same line or the next) write the numbers, then the SMS text.
    Lines of numbers only are recipients (a wrong number is listed and never goes into the text); the text starts at the first line with letters, or after a blank line. For /social write the network (telegram or viber) before the numbers.
    Example:
    /send 09121234567
    09351112233
    Hello, the meeting is tomorrow at 10.
help-guest =
    This bot is for company staff.
    To get access, send your user id to the bot admin: { $user_id }

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
