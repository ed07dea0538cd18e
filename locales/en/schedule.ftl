# Scheduled sends: asking when, refusals, sending hours, /scheduled;
# and resend to the failed on a job's delivery report.

## Asking when (at every preview)

schedule-button-later = Send later
schedule-ask =
    When should it go out? Tap a button,
    or type a date and time in Tehran time, e.g. 1405/09/12 10:30 or “tomorrow 9:30”.
schedule-hint = Please tap a button or type a date and time (e.g. “tomorrow 9:30”). To cancel, send /cancel.
schedule-quick-hour = In one hour
schedule-quick-tonight = Tonight at 20:00
schedule-quick-tomorrow = Tomorrow at 09:00

## A typed time that cannot be used

schedule-problem-empty = No time was given. Type a date and time, e.g. “tomorrow 9:30”.
schedule-problem-too-long = That is too long for a time. Type only the date and time, e.g. 1405/09/12 10:30.
schedule-problem-unreadable = That time could not be read. Write it like 1405/09/12 10:30, “tomorrow 9:30” or “today 18”.
schedule-problem-missing-time = Please add the time too, e.g. “tomorrow 9:30”.
schedule-problem-bad-date = That date is not in the calendar. Write it in the Jalali calendar, e.g. 1405/09/12.
schedule-problem-bad-time = That time is not valid. Use 0:00 to 23:59, e.g. 9:30.
schedule-problem-gregorian = Please write the date in the Jalali calendar, e.g. 1405/09/12 10:30.
schedule-problem-past = That time has passed. Type a time in the future or tap a button.
schedule-problem-past-suggest = That time has passed today. If you mean tomorrow, add “tomorrow”: { $suggestion }
schedule-problem-too-far = A send can be scheduled at most one year ahead.

## Sending hours of the panel

schedule-outside-hours =
    The panel sends only from 08:00 to 23:00 Tehran time, and { $time } is outside those hours.
    Earliest allowed time: { $next }
schedule-button-next-allowed = Send at { $next }
schedule-button-other-time = Another time

## Accepted

schedule-confirmed = Scheduled for { $when }. The send starts then and its result is reported here.
schedule-started-late = This send was scheduled for { $when }, but the bot was not running then; it has started now.
schedule-no-credit = The send scheduled for { $when } did not start: the panel account's credit is not enough for it. Nothing was sent; prepare the send again once credit is added.
schedule-held = This send was scheduled for { $when }, but the bot was not running then and the panel does not send now (outside 08:00–23:00); it will start at { $next }.

## /scheduled: pending scheduled sends

scheduled-command = Scheduled sends
scheduled-title = Scheduled sends:
scheduled-empty = No scheduled send is waiting.
scheduled-line = { $when } · { $target } · { $count ->
        [one] { $count } recipient
       *[other] { $count } recipients
    } · { $who }
scheduled-more = Only the soonest sends are listed; later ones appear once these have gone.
scheduled-target-numbers = Numbers entered
scheduled-button-cancel = Cancel this send
scheduled-button-change-time = Change time
scheduled-button-send-now = Send now
scheduled-cancelled = The send scheduled for { $when } was cancelled; nothing was sent.
scheduled-started-now = The send has started; its progress and result are reported here.
scheduled-time-changed = The send time was changed to { $when }.
scheduled-gone = This send is no longer waiting. Send /scheduled to see the current list.

## Resend to the failed (on a job's delivery report)

resend-button = Resend to the failed
resend-none = Every recipient got the SMS: there is no one to resend to.
resend-summary = { $count ->
        [one] { $count } recipient did not get the SMS and will get it again.
       *[other] { $count } recipients did not get the SMS and will get it again.
    }
resend-in-progress = { $count ->
        [one] { $count } recipient has no final delivery report yet and is left out.
       *[other] { $count } recipients have no final delivery report yet and are left out.
    }
resend-blacklisted = { $count ->
        [one] { $count } recipient is on the panel's blacklist and is not resent.
       *[other] { $count } recipients are on the panel's blacklist and are not resent.
    }
resend-unknown = { $count ->
        [one] The outcome for { $count } recipient is not known; they are not resent.
       *[other] The outcome for { $count } recipients is not known; they are not resent.
    }
resend-unknown-batches = { $count ->
        [one] The outcome of { $count } batch is not known and its recipients are not known; it is not resent.
       *[other] The outcome of { $count } batches is not known and their recipients are not known; they are not resent.
    }
