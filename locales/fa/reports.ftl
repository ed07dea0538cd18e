# Reports: credit, delivery report, bulk state, inbox, packages, history, delivery follow-ups.

report-login-first = ابتدا باید وارد حساب پنل پیامک شوید. برای ورود /login را بفرستید.

## Credit

report-credit = 💰 اعتبار حساب شما: { $amount }

## Delivery report

report-ask-bulk-id = شناسهٔ ارسالی را که گزارشش را می‌خواهید بفرستید (فقط عدد).
report-ask-bulk-id-recent = شناسهٔ ارسالی را که گزارشش را می‌خواهید بفرستید (فقط عدد)، یا یکی از ارسال‌های اخیر را انتخاب کنید:
report-bulk-id-invalid = این شناسهٔ ارسال نیست. شناسهٔ ارسال یک عدد است، مثل ۱۰۹۲۹۸۰۰.
report-delivery-title = 📊 گزارش تحویل ارسال { $bulk_id }
report-delivery-total = تعداد گیرندگان: { $total }
report-delivery-count = { $status }: { $count }  { $bar } { $percent }
report-delivery-settled = ✅ وضعیت همهٔ شماره‌ها نهایی شده است.
report-delivery-in-progress = ⏳ وضعیت { $count } شماره هنوز نهایی نشده است.
report-delivery-empty = هنوز گیرنده‌ای در گزارش این ارسال نیست.
report-delivery-numbers = وضعیت هر شماره:
report-delivery-line = { $index }. { $number } — { $status }
report-button-delivery = 📊 گزارش { $bulk_id }
report-button-xlsx = 📥 فایل اکسل کامل
report-button-refresh = 🔄 به‌روزرسانی
report-button-status = 📌 وضعیت ارسال
report-button-status-of = 📌 وضعیت { $bulk_id }
report-xlsx-caption = گزارش کامل تحویل ارسال { $bulk_id } ({ $total } شماره)
report-xlsx-sheet = گزارش تحویل
report-xlsx-number = شماره
report-xlsx-status = وضعیت
report-xlsx-code = کد وضعیت

## Bulk state

report-ask-status-id = شناسهٔ ارسالی را که وضعیتش را می‌خواهید بفرستید (فقط عدد).
report-ask-status-id-recent = شناسهٔ ارسالی را که وضعیتش را می‌خواهید بفرستید (فقط عدد)، یا یکی از ارسال‌های اخیر را انتخاب کنید:
report-status =
    📌 وضعیت ارسال { $bulk_id }
    وضعیت: { $status }
    تأیید: { $validation }

## Inbox

report-inbox-title = 📥 پیام‌های دریافتی ({ $count } پیام، تازه‌ترین در بالا)
report-inbox-item =
    👤 { $sender } · 🕒 { $when }
    { $text }
report-inbox-empty = هنوز پیامی دریافت نشده است.
report-no-date = تاریخ نامعلوم

## Packages

report-packages-title = 📦 بسته‌های حساب شما:
report-packages-item = • { $title } (شناسهٔ { $id })
report-packages-empty = برای این حساب بسته‌ای تعریف نشده است.

## History

report-history-title = 🗂 ارسال‌های اخیر این گفت‌وگو (تازه‌ترین در بالا):
report-history-empty = هنوز ارسالی از این گفت‌وگو ثبت نشده است.
report-history-when = 🕒 { $when } · کاربر { $user_id }
report-history-separator = {" · "}
report-history-recipients = { $count } گیرنده
report-history-batch = بخش { $index } از { $total }
report-history-bulk = شناسهٔ ارسال { $bulk_id }
report-operation-send = ارسال پیامک
report-operation-social = ارسال در پیام‌رسان
report-operation-books = ارسال به دفترچهٔ تلفن
report-operation-postal = ارسال با کد پستی
report-operation-jobs = ارسال به مشاغل
report-state-pending = در حال ارسال
report-state-sent = ارسال‌شده
report-state-failed = ناموفق
report-state-unknown = نامعلوم؛ پیش از ارسال دوباره گزارش را ببینید

## Delivery follow-ups

report-followup-settled = 🔔 ارسال { $bulk_id } به پایان رسید و وضعیت همهٔ شماره‌ها معلوم شد.
report-followup-gave-up =
    🔕 پیگیری خودکار گزارش تحویل ارسال { $bulk_id } متوقف شد: { $reason }
    هر وقت خواستید، گزارش را با دکمهٔ زیر ببینید.
report-followup-still-open = پس از مدت طولانی هنوز وضعیت همهٔ شماره‌ها نهایی نشده است.
report-followup-no-account = حساب پنل این گفت‌وگو دیگر در دسترس نیست.
