# Reports: credit, delivery report, send status, received SMS, packages, history, delivery follow-ups.

report-login-first = برای این گفت‌وگو هنوز حساب پنل ثبت نشده است. ابتدا با /login وارد شوید.

## Credit

report-credit = 💰 اعتبار حساب پنل: { $amount }

## Delivery report

report-ask-bulk-id = شناسهٔ ارسالی را که گزارش تحویلش را می‌خواهید بفرستید (فقط عدد).
report-ask-bulk-id-recent = شناسهٔ ارسالی را که گزارش تحویلش را می‌خواهید بفرستید (فقط عدد)، یا یکی از ارسال‌های اخیر را انتخاب کنید:
report-bulk-id-invalid = این شناسهٔ ارسال نیست. شناسهٔ ارسال یک عدد است، مانند ۱۰۹۲۹۸۰۰.
report-delivery-title = 📊 گزارش تحویل ارسال { $bulk_id }
report-delivery-total = تعداد گیرندگان: { $total }
report-delivery-count = { $status }: { $count }  { $bar } { $percent }
report-delivery-settled = ✅ وضعیت همهٔ شماره‌ها نهایی شده است.
report-delivery-in-progress = ⏳ وضعیت { $count } شماره هنوز نهایی نشده است.
report-delivery-empty = هنوز گیرنده‌ای در گزارش تحویل این ارسال نیست.
report-delivery-numbers = وضعیت هر شماره:
report-delivery-line = { $index }. { $number } — { $status }
report-button-delivery = 📊 گزارش تحویل { $bulk_id }
report-button-xlsx = 📥 فایل اکسل کامل
report-button-refresh = 🔄 به‌روزرسانی
report-button-status = 📌 وضعیت ارسال
report-button-status-of = 📌 وضعیت ارسال { $bulk_id }
report-xlsx-caption = گزارش تحویل کامل ارسال { $bulk_id } ({ $total } شماره)
report-xlsx-sheet = گزارش تحویل
report-xlsx-number = شماره
report-xlsx-status = وضعیت تحویل
report-xlsx-code = کد وضعیت

## Send status

report-ask-status-id = شناسهٔ ارسالی را که وضعیتش را می‌خواهید بفرستید (فقط عدد).
report-ask-status-id-recent = شناسهٔ ارسالی را که وضعیتش را می‌خواهید بفرستید (فقط عدد)، یا یکی از ارسال‌های اخیر را انتخاب کنید:
report-status =
    📌 وضعیت ارسال { $bulk_id }
    وضعیت: { $status }
    تأیید: { $validation }

## Received SMS

report-inbox-title = 📥 پیامک‌های دریافتی ({ $count } پیامک، تازه‌ترین در بالا)
report-inbox-item =
    👤 { $sender } · 🕒 { $when }
    { $text }
report-inbox-empty = هنوز پیامکی دریافت نشده است.
report-no-date = تاریخ نامعلوم

## Packages

report-packages-title = 📦 بسته‌های حساب پنل:
report-packages-item = • { $title } (شناسهٔ { $id })
report-packages-empty = برای این حساب پنل بسته‌ای تعریف نشده است.

## History

report-history-title = 🗂 ارسال‌های اخیر این گفت‌وگو (تازه‌ترین در بالا):
report-history-empty = هنوز ارسالی از این گفت‌وگو ثبت نشده است.
report-history-separator = {" · "}
report-operation-send = ارسال پیامک
report-operation-social = ارسال پیام در تلگرام یا وایبر
report-operation-books = ارسال به دفترچهٔ تلفن
report-operation-postal = ارسال با کد پستی
report-operation-jobs = ارسال به مشاغل

## Delivery follow-ups

report-followup-settled = 🔔 ارسال { $bulk_id } به پایان رسید و وضعیت همهٔ شماره‌ها معلوم شد.
report-followup-gave-up =
    🔕 پیگیری خودکار گزارش تحویل ارسال { $bulk_id } متوقف شد: { $reason }
    هر وقت خواستید، گزارش تحویل را با دکمهٔ زیر ببینید.
report-followup-still-open = پس از مدتی طولانی هنوز وضعیت همهٔ شماره‌ها نهایی نشده است.
report-followup-no-account = حساب پنل این گفت‌وگو دیگر در دسترس نیست.
