# Reports: credit, delivery report, send status, received SMS, packages, history, delivery follow-ups.

report-login-first = This chat has no panel account yet. Sign in with /login first.

## Credit

report-credit = 💰 Panel account credit: { $amount }

## Delivery report

report-ask-bulk-id = Send the send id whose delivery report you want (digits only).
report-ask-bulk-id-recent = Send the send id whose delivery report you want (digits only), or pick one of the recent sends:
report-bulk-id-invalid = That is not a send id. A send id is a number, like 10929800.
report-delivery-title = 📊 Delivery report of send { $bulk_id }
report-delivery-total = Recipients: { $total }
report-delivery-count = { $status }: { $count }  { $bar } { $percent }
report-delivery-settled = ✅ Every number has a final status.
report-delivery-in-progress = ⏳ { $count ->
    [one] { $count } number has
   *[other] { $count } numbers have
} no final status yet.
report-delivery-empty = This send has no recipients in its delivery report yet.
report-delivery-numbers = Status of each number:
report-delivery-line = { $index }. { $number } — { $status }
report-button-delivery = 📊 Delivery report { $bulk_id }
report-button-xlsx = 📥 Full Excel file
report-button-refresh = 🔄 Refresh
report-button-status = 📌 Send status
report-button-status-of = 📌 Send status { $bulk_id }
report-xlsx-caption = Full delivery report of send { $bulk_id } ({ $total ->
        [one] { $total } number
       *[other] { $total } numbers
    })
report-xlsx-sheet = Delivery report
report-xlsx-number = Number
report-xlsx-status = Delivery status
report-xlsx-code = Status code

## Send status

report-ask-status-id = Send the send id whose status you want (digits only).
report-ask-status-id-recent = Send the send id whose status you want (digits only), or pick one of the recent sends:
report-status =
    📌 Send status { $bulk_id }
    Status: { $status }
    Approval: { $validation }

## Received SMS

report-inbox-title = 📥 Received SMS ({ $count }, newest first)
report-inbox-item =
    👤 { $sender } · 🕒 { $when }
    { $text }
report-inbox-empty = No SMS has been received yet.
report-no-date = date unknown

## Packages

report-packages-title = 📦 The panel account's packages:
report-packages-item = • { $title } (id { $id })
report-packages-empty = No package is defined for this panel account.

## History

report-history-title = 🗂 Recent sends from this chat (newest first):
report-history-empty = Nothing has been sent from this chat yet.
report-history-separator = {" · "}
report-operation-send = SMS send
report-operation-social = Telegram or Viber send
report-operation-books = phone book send
report-operation-postal = send by postal code
report-operation-jobs = send to jobs

## Delivery follow-ups

report-followup-settled = 🔔 Send { $bulk_id } has finished: every number has a final status.
report-followup-gave-up =
    🔕 Automatic delivery follow-up of send { $bulk_id } stopped: { $reason }
    See the delivery report any time with the button below.
report-followup-still-open = after a long time, not every number has a final status yet.
report-followup-no-account = this chat's panel account is no longer available.
