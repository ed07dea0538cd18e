# Company features (issue 18): staff by name, shared accounts, approvals, alerts, company reports.

## Staff by name

org-history-when-named = 🕒 { $when } · { $name }
org-user-named = { $name }
org-user-unnamed = colleague { $user_id }

## Accounts

org-account-chat = panel account of chat { $chat_id }
org-account-of = panel account of { $name }'s chat
org-account-of-group = panel account of group “{ $title }”
org-account-own = this chat's panel account
org-account-chosen = ✓ { $label }
org-account-shared = shared account “{ $name }”
org-share-done = This chat's panel account is now shared as “{ $name }”. Now choose the colleagues or groups who may send with it.
org-share-revoked = The shared account “{ $name }” was revoked; nobody can send with it any more.
org-share-granted = { $name } can now send with the shared account “{ $account }”.
org-share-ungranted = { $name } no longer has the shared account “{ $account }”.
org-share-error-admins-only = Only the bot's admins can share a panel account.
org-share-error-bad-name = Send the shared account's name on one line, at most 40 characters, e.g. “Sales line”.
org-share-error-no-account = This chat is not signed in to a panel account yet. Sign in with /login first.
org-share-error-name-taken = Another shared account has this name. Send a different name.
org-share-error-not-staff = This user is not staff. Add them with /staff first.
org-share-error-no-such-account = This shared account no longer exists.
org-account-choose = Which panel account should send?
org-job-account-gone = This send's panel account is no longer available (the shared account was revoked or access was removed); the remaining batches will not be sent.
org-account-revoked = This shared account is no longer available to you. Choose another one or ask an admin to share it again.

## Approvals

org-approval-admins-only = Only the bot's admins can approve or reject send requests.
org-approval-button-request = Send for approval
org-approval-button-approve = Approve and send
org-approval-button-reject = Reject
org-approval-rule-every = Every operator send with this account needs approval.
org-approval-rule-recipients = Operator sends to more than { $count } recipients need approval.
org-approval-rule-cost = Operator sends costing more than { $amount } rials need approval.
org-approval-rule-none = Sends with this account need no approval.
org-approval-bad-limit = Send a whole number, e.g. 500 or 1,000,000.
org-approval-sent = The approval request went to the admins. You will be told the outcome here.
org-approval-approved = ✅ { $name } approved your send; sending has started.
org-approval-rejected = ❌ { $name } rejected your send.
org-approval-rejected-reason = ❌ { $name } rejected your send. Reason: { $reason }
org-approval-expired = ⌛ The approval request for your send expired before the admins decided. Send again if it is still needed.
org-approval-already-approved = { $name } already approved this request.
org-approval-already-rejected = { $name } already rejected this request.
org-approval-too-late = This request has expired and can no longer be approved.
org-approval-ask-reason = Send the reason for rejecting (the operator will be told), or tap "Reject without a reason".
org-approval-button-reject-now = Reject without a reason

## Alerts

org-alert-low-credit = ⚠️ The credit of { $account } is { $amount } rials, below the threshold of { $threshold } rials.
org-alert-bad-threshold = Send the threshold in rials as a number, e.g. 500,000.
org-alert-bad-hour = Send an hour from 0 to 23, e.g. 8 or 21:00.
org-alert-summary-title = 📊 Today's sends in brief
org-alert-job-trouble = ⚠️ A send by { $name } with { $account } did not complete: of { $total } recipients, { $sent } sent, { $unknown } unknown, { $refused } failed and { $untried } not sent.

## Company reports

org-report-title-today = 📊 Report for today ({ $first })
org-report-title-week = 📊 Report for this week ({ $first } to { $last })
org-report-title-month = 📊 Report for this month ({ $first } to { $last })
org-report-title-range = 📊 Report from { $first } to { $last }
org-report-empty = No sends were recorded in this period.
org-report-totals =
    Sends: { $sends }
    Recipients: { $recipients }
    Total SMS: { $parts }
    Estimated cost: { $cost } rials
org-report-delivery = Delivery rate: { $rate }
org-report-delivery-none = Delivery rate: no delivery report yet.
org-report-section-operator = By colleague:
org-report-section-account = By account:
org-report-section-kind = By kind of send:
org-report-section-state = By send status:
org-report-line = • { $name }: { $sends ->
        [one] { $sends } send
       *[other] { $sends } sends
    }, { $recipients ->
        [one] { $recipients } recipient
       *[other] { $recipients } recipients
    }, { $cost } rials
org-report-button-xlsx = Download the spreadsheet
org-report-button-today = Today
org-report-button-week = This week
org-report-button-month = This month
org-report-button-range = Another range
org-report-more = • and { $count } more (in the spreadsheet)
org-report-ask-range = Send the report period as two dates, e.g. 1405/09/01 to 1405/09/07 (Jalali).
org-report-range-error-format = I could not read this period. Send two Jalali dates, e.g. 1405/09/01 to 1405/09/07.
org-report-range-error-date = One of the dates does not exist in the Jalali calendar. Check it and send again.
org-report-range-error-order = The end date is before the start date. Write the start date first.
org-report-range-error-too-long = A report covers at most one year. Send a shorter period.
org-state-pending = sending
org-state-sent = sent
org-state-failed = refused
org-state-unknown = unknown
org-xlsx-sheet = Sends
org-xlsx-when = Time
org-xlsx-operator = Colleague
org-xlsx-account = Account
org-xlsx-kind = Kind of send
org-xlsx-state = Send status
org-xlsx-recipients = Recipients
org-xlsx-parts = SMS
org-xlsx-cost = Estimated cost (rials)
org-xlsx-bulk = Send id

## Company history

org-history-title = 🗂 Sends (page { $page } of { $pages }, { $total } in all)
org-history-empty = No sends match these conditions.
org-history-state = { $state }: { $count ->
        [one] { $count } batch
       *[other] { $count } batches
    }
org-history-item =
    🕒 { $when } · { $name } · { $account }
    { $kind } · { $recipients ->
        [one] { $recipients } recipient
       *[other] { $recipients } recipients
    } · { $states }
    “{ $snippet }”

## Approval requests (the admins' message)

org-approval-request =
    📝 Approval requested by { $name }
    Account: { $account }
    Kind of send: { $kind }
    Sender line: { $sender }
    Recipients: { $target } — { $count ->
        [one] { $count } recipient
       *[other] { $count } recipients
    }
    Estimated cost: { $amount } rials
    Valid until { $expires }
    SMS text:
    { $text }
org-approval-target-list = a list of numbers
org-approval-decided-approved = ✅ Approved by { $name }.
org-approval-decided-rejected = ❌ Rejected by { $name }.
org-approval-decided-expired = ⌛ This request expired.

## Alert settings (/settings, admins)

org-alerts-button = Alerts and admin group
org-alerts-admins-only = Only the bot's admins can set the alerts and the admin group.
org-alerts-title =
    🔔 Alerts and admin group
    Admin group: { $group }
    Low-credit alert: { $threshold }
    Daily summary: { $hour }
org-alerts-group-none = not set (approval requests go to the admins in private)
org-alerts-group-this = this group
org-alerts-group-other = another group
org-alerts-group-named = “{ $title }”
org-alerts-off = off
org-alerts-rials = below { $amount } rials
org-alerts-hour-value = at { $hour } Tehran time
org-alerts-button-group = Make this group the admin group
org-alerts-button-threshold = Change the credit threshold
org-alerts-button-hour = Change the summary hour
org-alerts-button-hour-off = Turn the daily summary off
org-alerts-ask-threshold = Below how many rials of a panel account's credit should the admin group be told? Send the amount, e.g. 500,000 (0 turns it off).
org-alerts-ask-hour = At what hour (Tehran time) should the daily summary reach the admin group? E.g. 21 or 21:00.
org-alerts-group-set = This group is now the admin group: approval requests and alerts come here from now on.
org-alerts-saved = Alert settings saved.

## Shared accounts (/accounts, admins)

org-accounts-title = 🔑 Shared accounts. Tap one to see who has it and its approval rule, or share this chat's panel account.
org-accounts-none = 🔑 No shared account yet. You can share this chat's panel account under a name like "Sales line"; staff then send with it without seeing the username or password.
org-accounts-button-share = Share this chat's account
org-accounts-button-staff = Give to staff
org-accounts-button-chat = Give to this group or take back
org-accounts-button-rule = Approval rule
org-accounts-button-revoke = Revoke the shared account
org-accounts-button-back = Back
org-accounts-ask-name = Send the shared account's name, e.g. "Sales line".
org-accounts-view =
    🔑 Shared account "{ $name }"
    Available to: { $grantees }
    { $rule }
    Approval time limit: { $hours } hours
org-accounts-no-grantees = nobody yet
org-accounts-a-chat = group { $chat_id }
org-accounts-a-named-chat = group “{ $title }”
org-accounts-pick-staff = Tap the staff members who may send with this account (✓ means they have it; tap again to take it back).
org-accounts-chat-granted = This group's staff can now send with this account here.
org-accounts-chat-ungranted = This group's access to the account was taken back.
org-accounts-rule-ask = Which operators' sends with this account need approval?
org-accounts-rule-every = Every send
org-accounts-rule-recipients = Above some recipients
org-accounts-rule-cost = Above some cost
org-accounts-rule-hours = Change the time limit
org-accounts-rule-none = No approval
org-accounts-rule-saved = Approval rule saved.
org-accounts-ask-recipients = Sends to more than how many recipients need approval? Send a number, e.g. 500.
org-accounts-ask-cost = Sends costing more than how many rials need approval? Send the amount, e.g. 1,000,000.
org-accounts-ask-hours = After how many hours does an approval request expire? Send a number from 1 to 168.
org-accounts-bad-recipients = { org-approval-bad-limit }
org-accounts-bad-cost = { org-approval-bad-limit }
org-accounts-bad-hours = Send a number of hours from 1 to 168, e.g. 24.
org-history-button-open = All sends (every chat)
org-history-button-newer = ‹ Newer
org-history-button-older = Older ›
org-history-button-operator = Choose staff member
org-history-button-account = Choose account
org-history-button-state = Choose status
org-history-button-all = All
org-history-choose = Show only the sends of which one?
