# A send as a job: its one progress message, Stop, the fixed-size summary, restart notice,
# the combined delivery report and the per-batch detail.

## Progress (one message per send, edited every few seconds)

sendjob-progress =
    ⏳ Sending…
    { $bar } { $percent }
    Sent: { $done } of { $total } recipients
    Batch { $batch } of { $batches }
    Elapsed: { $elapsed } · Remaining: { $eta }
sendjob-eta-unknown = estimating
sendjob-duration = { $minutes }:{ $seconds }
sendjob-button-stop = ⏹ Stop sending
sendjob-paused =
    ⏸ Sending paused: the bot's database cannot be written, and no batch goes out before the previous one is recorded.
    So far: { $sent } recipients in { $batches } batches sent; unknown: { $unknown } recipients.
    Sending resumes by itself as soon as the database is back.
sendjob-unpaused = ▶️ The database is back; sending resumed.
sendjob-held =
    ⏸ Sending is on hold: the panel gave no clear answer to { $run } batches in a row (it may be down).
    So far: { $sent } recipients sent; unknown: { $unknown } recipients (never sent again); left: { $left } recipients.
    If the panel is back, tap “Continue sending”; otherwise “Stop sending”.
sendjob-button-continue = ▶️ Continue sending
sendjob-continued = ▶️ Sending continues.
sendjob-continue-late = This send is no longer on hold.

## Stop

sendjob-stop-confirm = Stop the remaining batches of this send? A batch already on its way to the panel cannot be called back.
sendjob-button-stop-yes = Yes, stop sending
sendjob-button-stop-no = No, continue
sendjob-stopped = ⏹ Sending stopped; no further batch will go out. The summary appears in the send's message.
sendjob-stop-kept = Sending continues.
sendjob-stop-too-late = This send had already finished.

## Summary (fixed size, whatever the number of recipients)

sendjob-summary-done = ✅ Sending finished.
sendjob-summary-stopped = ⏹ Sending stopped at your request.
sendjob-summary-running = ⏳ This send is still under way.
sendjob-summary-halted = ⚠️ Sending ended before the last batch.
sendjob-summary-total = Recipients in all: { $total } in { $batches } batches
sendjob-summary-sent = ✅ The SMS went to { $count } recipients in { $batches } batches.
sendjob-summary-sent-one = ✅ The SMS went to { $count } recipients.
sendjob-summary-bulk = Send id: { $bulk_id }
sendjob-summary-refused = ❌ Refused by the panel (not sent): { $count } recipients in { $batches } batches
sendjob-summary-refused-reason = Reason: { $reason }
sendjob-summary-unknown = ❓ It is not known whether the SMS went to { $count } recipients in { $batches } batches (panel answer: { $detail }).
sendjob-summary-unknown-advice = The panel may have sent these; they are not sent again. Check the delivery report before any resend.
sendjob-summary-not-attempted = ⏺ Not sent: { $count } recipients in { $batches } batches
sendjob-detail-code = code { $code }
sendjob-detail-restart = the bot restarted during this batch
sendjob-button-report = 📊 Delivery report of this send
sendjob-button-batches = 🧾 Batch details
sendjob-button-retry = 🔁 Send again to the { $count } recipients not sent
sendjob-retry-confirm = The SMS goes again only to the { $count } recipients who surely got nothing (refused by the panel or not sent). Unknown recipients are left out. Send?
sendjob-button-retry-yes = Yes, send
sendjob-button-retry-no = No
sendjob-retry-none = No recipient is left to send again.
sendjob-retry-cancelled = Nothing was sent again.
sendjob-already-confirmed = This button was already confirmed; nothing was sent again.

## After a restart (one message per interrupted send)

sendjob-recovered =
    🔄 The bot restarted in the middle of a send.
    Sent: { $sent } recipients in { $sent_batches } batches
    Unknown: { $unknown } recipients in { $unknown_batches } batches (not sent again)
    Resumed: { $resumed } recipients in { $resumed_batches } batches
sendjob-recovered-nothing-left = Nothing is left to resume; the summary follows.

## Combined delivery report and batch detail

sendjob-report-title = 📊 Delivery report of this send: { $bulks } send ids
sendjob-report-none = No batch of this send went out; there is no report.
sendjob-report-failed = The panel gave no report for { $failed } send ids.
sendjob-report-caption = Full delivery report of this send ({ $total } numbers)
sendjob-batches-title = 🧾 Batches of this send ({ $batches } batches):
sendjob-batch-sent = Batch { $index }: { $count } recipients — sent, send id { $bulk_id }
sendjob-batch-refused = Batch { $index }: { $count } recipients — refused (code { $code })
sendjob-batch-unknown = Batch { $index }: { $count } recipients — unknown ({ $detail })
sendjob-batch-new = Batch { $index }: { $count } recipients — not sent
sendjob-batch-in_flight = Batch { $index }: { $count } recipients — on its way to the panel
sendjob-button-xlsx = 📥 Excel file
sendjob-xlsx-caption = Batches of this send ({ $batches } batches)
sendjob-xlsx-sheet = Batches
sendjob-xlsx-index = Batch
sendjob-xlsx-count = Recipients
sendjob-xlsx-state = Send status
sendjob-xlsx-bulk = Send id
sendjob-xlsx-code = Code or panel answer
sendjob-state-sent = sent
sendjob-state-refused = refused
sendjob-state-unknown = unknown
sendjob-state-new = not sent
sendjob-state-in_flight = on its way to the panel
sendjob-state-split = replaced by smaller batches

## Delivery follow-up of a whole send

sendjob-followup-settled = 📬 Delivery of every number of this send is final ({ $bulks } send ids).
sendjob-followup-gave-up = The automatic delivery follow-up of this send stopped: { $reason }
