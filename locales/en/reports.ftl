# Reports: credit, delivery report, bulk state, inbox, packages, history, delivery follow-ups.

report-login-first = Please log in to your SMS panel account first: send /login.

## Credit

report-credit = 💰 Your account credit: { $amount }

## Delivery report

report-ask-bulk-id = Send the id of the bulk whose report you want (digits only).
report-ask-bulk-id-recent = Send the id of the bulk whose report you want (digits only), or pick one of the recent bulks:
report-bulk-id-invalid = That is not a bulk id. A bulk id is a number, like 10929800.
report-delivery-title = 📊 Delivery report of bulk { $bulk_id }
report-delivery-total = Recipients: { $total }
report-delivery-count = { $status }: { $count }  { $bar } { $percent }
report-delivery-settled = ✅ Every number has a final status.
report-delivery-in-progress = ⏳ { $count ->
    [one] { $count } number has
   *[other] { $count } numbers have
} no final status yet.
report-delivery-empty = This bulk has no recipients in its report yet.
report-delivery-numbers = Status of each number:
report-delivery-line = { $index }. { $number } — { $status }
report-button-delivery = 📊 Report { $bulk_id }
report-button-xlsx = 📥 Full Excel file
report-button-refresh = 🔄 Refresh
report-button-status = 📌 Bulk state
report-button-status-of = 📌 State { $bulk_id }
report-xlsx-caption = Full delivery report of bulk { $bulk_id } ({ $total } numbers)
report-xlsx-sheet = Delivery report
report-xlsx-number = Number
report-xlsx-status = Status
report-xlsx-code = Status code

## Bulk state

report-ask-status-id = Send the id of the bulk whose state you want (digits only).
report-ask-status-id-recent = Send the id of the bulk whose state you want (digits only), or pick one of the recent bulks:
report-status =
    📌 State of bulk { $bulk_id }
    Status: { $status }
    Approval: { $validation }

## Inbox

report-inbox-title = 📥 Received messages ({ $count }, newest first)
report-inbox-item =
    👤 { $sender } · 🕒 { $when }
    { $text }
report-inbox-empty = No message has been received yet.
report-no-date = date unknown

## Packages

report-packages-title = 📦 Your account's packages:
report-packages-item = • { $title } (id { $id })
report-packages-empty = No package is defined for this account.

## History

report-history-title = 🗂 Recent sends from this chat (newest first):
report-history-empty = Nothing has been sent from this chat yet.
report-history-when = 🕒 { $when } · user { $user_id }
report-history-separator = {" · "}
report-history-recipients = { $count ->
    [one] { $count } recipient
   *[other] { $count } recipients
}
report-history-batch = batch { $index } of { $total }
report-history-bulk = bulk id { $bulk_id }
report-operation-send = SMS send
report-operation-social = messenger send
report-operation-books = phone book send
report-operation-postal = postal code send
report-operation-jobs = jobs send
report-state-pending = sending
report-state-sent = sent
report-state-failed = failed
report-state-unknown = unknown; check the report before sending again

## Delivery follow-ups

report-followup-settled = 🔔 Bulk { $bulk_id } has finished: every number has a final status.
report-followup-gave-up =
    🔕 Automatic delivery follow-up of bulk { $bulk_id } stopped: { $reason }
    See the report any time with the button below.
report-followup-still-open = after a long time, not every number has a final status yet.
report-followup-no-account = this chat's panel account is no longer available.
