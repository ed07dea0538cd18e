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

    Everything is in the main menu: send SMS to numbers, phone books, postal codes or job groups, delivery reports, sending history and account credit.
    Before anything is sent you see a preview of the message and the number of recipients, and nothing goes out until you confirm.

    /start — main menu
    /cancel — cancel the current task
    /help — this help
help-guest =
    This bot is for company staff.
    To get access, send your user id to the bot's admin: { $user_id }
