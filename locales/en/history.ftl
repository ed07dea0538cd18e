# /history: one line per send (a job, whatever its number of batches), newest first.

history-job-head = { $index }. 🕒 { $when } · { $who }
history-job-who-id = colleague { $user_id }
history-job-line = { $kind } · { $recipients ->
    [one] { $recipients } recipient
   *[other] { $recipients } recipients
} · { $state }
history-job-sent = sent: { $count }
history-job-refused = refused: { $count }
history-job-unknown = unknown: { $count }
history-job-new = not sent: { $count }
history-job-in_flight = on its way to the panel: { $count }
history-job-bulk = send id { $bulk_id }
history-job-state-running = in progress
history-job-state-done = finished
history-job-state-stopped = stopped at your request
history-job-state-halted = stopped before the end
history-job-state-held = on hold
history-job-state-scheduled = scheduled
history-job-state-cancelled = cancelled
history-job-button = 🧾 Summary of send { $index }
