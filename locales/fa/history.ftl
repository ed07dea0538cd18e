# /history: one line per send (a job, whatever its number of batches), newest first.

history-job-head = { $index }. 🕒 { $when } · { $who }
history-job-who-id = همکار { $user_id }
history-job-line = { $kind } · { $recipients } گیرنده · { $state }
history-job-sent = فرستاده‌شده: { $count }
history-job-refused = ردشده: { $count }
history-job-unknown = نامعلوم: { $count }
history-job-new = فرستاده‌نشده: { $count }
history-job-in_flight = در راه پنل: { $count }
history-job-bulk = شناسهٔ ارسال { $bulk_id }
history-job-state-running = در جریان
history-job-state-done = تمام شد
history-job-state-stopped = به درخواست شما متوقف شد
history-job-state-halted = پیش از پایان متوقف شد
history-job-state-held = نگه داشته شده
history-job-state-scheduled = زمان‌بندی‌شده
history-job-state-cancelled = لغو شد
history-job-button = 🧾 خلاصهٔ ارسال { $index }
