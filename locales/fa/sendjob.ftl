# A send as a job: its one progress message, Stop, the fixed-size summary, restart notice,
# the combined delivery report and the per-batch detail.

## Progress (one message per send, edited every few seconds)

sendjob-progress =
    ⏳ در حال ارسال…
    { $bar } { $percent }
    فرستاده‌شده: { $done } از { $total } گیرنده
    دستهٔ { $batch } از { $batches }
    زمان سپری‌شده: { $elapsed } · زمان باقی‌مانده: { $eta }
sendjob-eta-unknown = در حال برآورد
sendjob-duration = { $minutes }:{ $seconds }
sendjob-button-stop = ⏹ توقف ارسال
sendjob-paused =
    ⏸ ارسال موقتاً متوقف شد: پایگاه دادهٔ ربات در دسترس نیست و تا وضعیت هر دسته ثبت نشود، دستهٔ بعدی فرستاده نمی‌شود.
    تا این لحظه: { $sent } گیرنده در { $batches } دسته فرستاده شد؛ نامعلوم: { $unknown } گیرنده.
    به‌محض در دسترس شدن پایگاه داده، ارسال خودبه‌خود ادامه می‌یابد.
sendjob-unpaused = ▶️ پایگاه داده دوباره در دسترس است؛ ارسال ادامه یافت.
sendjob-held =
    ⏸ ارسال نگه داشته شد: پنل به { $run } دستهٔ پشت‌سرهم پاسخ روشنی نداد (شاید پنل در دسترس نیست).
    تا این لحظه: { $sent } گیرنده فرستاده شد؛ نامعلوم: { $unknown } گیرنده (دوباره فرستاده نمی‌شوند)؛ مانده: { $left } گیرنده.
    اگر پنل دوباره در دسترس است، «ادامهٔ ارسال» را بزنید؛ وگرنه «توقف ارسال».
sendjob-button-continue = ▶️ ادامهٔ ارسال
sendjob-continued = ▶️ ارسال ادامه یافت.
sendjob-continue-late = این ارسال دیگر نگه داشته نشده است.

## Stop

sendjob-stop-confirm = دسته‌های باقی‌ماندهٔ این ارسال فرستاده نشوند؟ دسته‌ای که هم‌اکنون در راه پنل است، دیگر برنمی‌گردد.
sendjob-button-stop-yes = بله، ارسال متوقف شود
sendjob-button-stop-no = نه، ادامه بده
sendjob-stopped = ⏹ ارسال متوقف شد؛ پس از این هیچ دسته‌ای فرستاده نمی‌شود. خلاصهٔ ارسال در پیام ارسال می‌آید.
sendjob-stop-kept = ارسال ادامه دارد.
sendjob-stop-too-late = این ارسال پیش‌تر تمام شده بود.

## Summary (fixed size, whatever the number of recipients)

sendjob-summary-done = ✅ ارسال تمام شد.
sendjob-summary-stopped = ⏹ ارسال به درخواست شما متوقف شد.
sendjob-summary-running = ⏳ این ارسال هنوز در جریان است.
sendjob-summary-halted = ⚠️ ارسال پیش از پایان متوقف شد.
sendjob-summary-total = جمع گیرندگان: { $total } در { $batches } دسته
sendjob-summary-sent = ✅ پیامک برای { $count } گیرنده در { $batches } دسته فرستاده شد.
sendjob-summary-sent-one = ✅ پیامک برای { $count } گیرنده فرستاده شد.
sendjob-summary-bulk = شناسهٔ ارسال: { $bulk_id }
sendjob-summary-refused = ❌ ردشده از سوی پنل (فرستاده نشد): { $count } گیرنده در { $batches } دسته
sendjob-summary-refused-reason = دلیل: { $reason }
sendjob-summary-unknown = ❓ معلوم نیست پیامک برای { $count } گیرنده در { $batches } دسته فرستاده شد یا نه (پاسخ پنل: { $detail }).
sendjob-summary-unknown-advice = شاید پنل این پیامک‌ها را فرستاده باشد؛ دوباره فرستاده نمی‌شوند. پیش از هر ارسال دوباره، گزارش تحویل را ببینید.
sendjob-summary-not-attempted = ⏺ فرستاده‌نشده: { $count } گیرنده در { $batches } دسته
sendjob-detail-code = کد { $code }
sendjob-detail-restart = ربات در میانهٔ این دسته دوباره راه‌اندازی شد
sendjob-button-report = 📊 گزارش تحویل این ارسال
sendjob-button-batches = 🧾 جزئیات دسته‌ها
sendjob-button-retry = 🔁 ارسال دوباره به { $count } گیرندهٔ فرستاده‌نشده
sendjob-retry-confirm = پیامک دوباره فقط برای { $count } گیرنده‌ای فرستاده می‌شود که به‌یقین پیامکی نگرفته‌اند (ردشده از سوی پنل یا فرستاده‌نشده). گیرندگان نامعلوم در آن نیستند. فرستاده شود؟
sendjob-button-retry-yes = بله، بفرست
sendjob-button-retry-no = نه
sendjob-retry-none = گیرنده‌ای برای ارسال دوباره نمانده است.
sendjob-retry-cancelled = ارسال دوباره انجام نشد.
sendjob-already-confirmed = این دکمه پیش‌تر تأیید شده است؛ چیزی دوباره فرستاده نشد.

## After a restart (one message per interrupted send)

sendjob-recovered =
    🔄 ربات در میانهٔ یک ارسال دوباره راه‌اندازی شد.
    فرستاده‌شده: { $sent } گیرنده در { $sent_batches } دسته
    نامعلوم: { $unknown } گیرنده در { $unknown_batches } دسته (دوباره فرستاده نمی‌شوند)
    ادامهٔ ارسال: { $resumed } گیرنده در { $resumed_batches } دسته
sendjob-recovered-nothing-left = ادامه‌ای نمانده است؛ خلاصهٔ ارسال در پیام بعدی می‌آید.

## Combined delivery report and batch detail

sendjob-report-title = 📊 گزارش تحویل این ارسال: { $bulks } شناسهٔ ارسال
sendjob-report-none = هیچ دسته‌ای از این ارسال فرستاده نشده است؛ گزارشی نیست.
sendjob-report-failed = گزارش { $failed } شناسهٔ ارسال از پنل گرفته نشد.
sendjob-report-caption = گزارش کامل تحویل این ارسال ({ $total } شماره)
sendjob-batches-title = 🧾 دسته‌های این ارسال ({ $batches } دسته):
sendjob-batch-sent = دستهٔ { $index }: { $count } گیرنده — فرستاده شد، شناسهٔ ارسال { $bulk_id }
sendjob-batch-refused = دستهٔ { $index }: { $count } گیرنده — رد شد (کد { $code })
sendjob-batch-unknown = دستهٔ { $index }: { $count } گیرنده — نامعلوم ({ $detail })
sendjob-batch-new = دستهٔ { $index }: { $count } گیرنده — فرستاده نشد
sendjob-batch-in_flight = دستهٔ { $index }: { $count } گیرنده — در راه پنل
sendjob-button-xlsx = 📥 فایل اکسل
sendjob-xlsx-caption = دسته‌های این ارسال ({ $batches } دسته)
sendjob-xlsx-sheet = دسته‌ها
sendjob-xlsx-index = دسته
sendjob-xlsx-count = گیرندگان
sendjob-xlsx-state = وضعیت
sendjob-xlsx-bulk = شناسهٔ ارسال
sendjob-xlsx-code = کد یا پاسخ پنل
sendjob-state-sent = فرستاده شد
sendjob-state-refused = رد شد
sendjob-state-unknown = نامعلوم
sendjob-state-new = فرستاده نشد
sendjob-state-in_flight = در راه پنل
sendjob-state-split = جایگزین با دسته‌های کوچک‌تر

## Delivery follow-up of a whole send

sendjob-followup-settled = 📬 وضعیت تحویل همهٔ شماره‌های این ارسال نهایی شد ({ $bulks } شناسهٔ ارسال).
sendjob-followup-gave-up = پیگیری خودکار تحویل این ارسال متوقف شد: { $reason }
