# Sending (/send, /social, one-shot syntax) and the shared preview → confirm → result path.
# Steps shared by /send (SMS) and /social (Telegram/Viber) say «متن» and «ارسال», not «پیامک».

## Steps of the flow

send-choose-network = پیام از کدام پیام‌رسان فرستاده شود؟
send-choose-sender = از کدام خط ارسال فرستاده شود؟ یکی از دکمه‌ها را بزنید یا شمارهٔ خط را بنویسید.
send-default-sender = { $sender } (پیش‌فرض)
send-sender-invalid = این شمارهٔ خط درست به نظر نمی‌رسد. فقط رقم بنویسید (مثلاً { $example })، یا یکی از دکمه‌ها را بزنید.
send-sender-not-yours = این خط در حساب پنل شما نیست. خط‌های ارسال این حساب: { $lines }. لطفاً یکی از دکمه‌ها را بزنید یا یکی از این خط‌ها را بنویسید.
send-sender-no-shape = این شماره شبیه خط ارسال نیست: خط ارسال با ۱۰۰۰، ۲۰۰۰، ۳۰۰۰، ۵۰۰۰ یا ۹۰۰۰ شروع می‌شود یا یک شمارهٔ ثابت با پیش‌شماره است (شمارهٔ همراه خط ارسال نیست). خط‌های شناخته‌شده: { $lines }
send-ask-recipients =
    شماره‌های گیرندگان را بفرستید: هر شماره در یک خط (یا جدا شده با ویرگول)،
    یا یک فایل .txt، .csv یا .xlsx که شماره‌ها در آن است.
send-hint-recipients = لطفاً شماره‌ها را به‌صورت متن یا در یک فایل .txt، .csv یا .xlsx بفرستید، یا برای لغو، /cancel را بفرستید.
send-hint-sender = لطفاً یکی از دکمه‌ها را بزنید یا شمارهٔ خط را بنویسید، یا برای لغو، /cancel را بفرستید.
send-ask-text = اکنون متن را بفرستید.
send-ask-new-text = متن تازه را بفرستید.

## Recipients (a line whose count is zero is left out)

send-recipients-summary =
    { $valid } شمارهٔ معتبر دریافت شد.{ $duplicates ->
        [0] {""}
       *[other] {""}
            شماره‌های تکراری حذف‌شده: { $duplicates }
    }{ $rejected ->
        [0] {""}
       *[other] {""}
            شماره‌های نامعتبر: { $rejected }
    }
send-recipients-valid = { $count } شمارهٔ معتبر دریافت شد.
send-recipients-duplicates = شماره‌های تکراری حذف‌شده: { $count }
send-recipients-rejected = شماره‌های نامعتبر: { $count }
send-rejected-title = این موارد پذیرفته نشدند:
send-rejected-line = • { $token } — { $reason }
send-rejected-more = … و { $count } مورد دیگر
send-recipients-none = هیچ شمارهٔ معتبری پیدا نشد. لطفاً فهرست را بررسی کنید و دوباره بفرستید.
send-reason-too-short = کوتاه‌تر از شمارهٔ همراه
send-reason-too-long = بلندتر از شمارهٔ همراه
send-reason-not-mobile = شمارهٔ ثابت است، نه همراه
send-reason-foreign = شمارهٔ خارج از ایران
send-reason-not-a-number = شماره نیست
send-reason-invalid-chars = حرف یا نشانهٔ نامجاز دارد
send-reason-bad-prefix = پیش‌شمارهٔ نادرست
send-file-unsupported = این فایل خوانده نشد ({ $kind }). لطفاً فایل .txt، .csv یا .xlsx بفرستید.
send-file-too-large = فایل بزرگ‌تر از { $megabytes } مگابایت است. لطفاً فهرست را در چند فایل کوچک‌تر بفرستید.
send-file-unreadable = این فایل باز نشد. لطفاً آن را دوباره ذخیره کنید و بفرستید.

## Uploaded lists: refusals (every workbook kind, bounds on real cost)

send-file-reading = فهرست را می‌خوانم؛ لطفاً کمی صبر کنید…
send-file-unsupported-kind = این فایل خوانده نشد ({ $kind }). لطفاً فهرست را در فایل .txt، .csv، .xlsx، .xls، .xlsb یا .ods بفرستید.
send-file-empty = این فایل خالی است؛ هیچ شماره‌ای در آن نیست. لطفاً فایلی که شماره‌ها در آن است بفرستید.
send-file-broken = این فایل خراب است یا کامل فرستاده نشده و باز نمی‌شود. لطفاً آن را در برنامهٔ صفحه‌گسترده باز کنید، دوباره ذخیره کنید و بفرستید.
send-file-encrypted = این فایل رمز دارد و خوانده نمی‌شود. لطفاً رمز را بردارید، فایل را دوباره ذخیره کنید و بفرستید.
send-file-compression = این فایل با روش فشرده‌سازی‌ای ذخیره شده که خوانده نمی‌شود. لطفاً آن را در برنامهٔ صفحه‌گسترده به‌صورت .xlsx ذخیره کنید و بفرستید.
send-file-inflates-too-much = محتوای این فایل پس از باز شدن بیش از { $limit } مگابایت است. لطفاً فهرست را در چند فایل کوچک‌تر بفرستید.
send-file-too-many-rows = این فایل بیش از { $limit } سطر دارد. لطفاً فهرست را در چند فایل کوچک‌تر بفرستید.
send-file-cell-too-long = یک خانهٔ این فایل بیش از { $limit } کیلوبایت است و شمارهٔ تلفن نیست. لطفاً فایل را بررسی کنید و دوباره بفرستید.
send-file-too-slow = خواندن این فایل بیش از { $seconds } ثانیه طول کشید و متوقف شد. لطفاً فهرست را در چند فایل کوچک‌تر بفرستید.

## The text

send-text-empty = متن خالی است. لطفاً متن را بفرستید.
send-text-too-long = این متن { $parts } پیامک حساب می‌شود؛ حداکثر { $max_parts } پیامک مجاز است. لطفاً متن کوتاه‌تری بفرستید.

## One-shot syntax: /send, then numbers on the next lines, then the text

send-oneshot-usage =
    برای ارسال سریع، همه را در یک پیام بفرستید:
    در خط اول /send، در خط‌های بعد شماره‌ها (هر خط یک یا چند شماره)،
    و پس از آن متن پیامک. نخستین خطی که شماره نباشد، آغاز متن پیامک است.

send-oneshot-syntax =
    برای ارسال سریع، همه را در یک پیام بفرستید: /send، سپس شماره‌ها (در همان خط یا خط‌های بعد)، و پس از آن متن پیامک. متن از نخستین خطی که حرف دارد، یا پس از یک خط خالی، آغاز می‌شود.
    نمونه:
    /send ۰۹۱۲۱۲۳۴۵۶۷
    سلام، جلسه فردا ساعت ۱۰ است.

## Preview

send-preview-title = پیش‌نمایش:
send-preview-sender = خط ارسال: { $sender }
send-preview-network = پیام‌رسان: { $network }
send-preview-target = گیرندگان: { $target }
send-preview-characters = تعداد کاراکترها: { $characters } ({ $encoding })
send-encoding-gsm7 = لاتین
send-encoding-ucs2 = یونیکد
send-preview-parts = این متن { $parts } پیامک حساب می‌شود
send-preview-recipients = تعداد گیرندگان: { $count }
send-preview-recipients-estimated = تعداد تقریبی گیرندگان: { $count }
send-preview-total-parts = جمع پیامک‌ها: { $total }
send-preview-cost = هزینهٔ تقریبی: { $amount } ریال
send-preview-credit = اعتبار کنونی حساب پنل: { $amount } ریال
send-preview-credit-unknown = اعتبار کنونی حساب پنل دریافت نشد.
send-preview-credit-low = ⚠️ به نظر می‌رسد اعتبار حساب پنل برای این ارسال کافی نیست.
send-preview-outdated = این پیش‌نمایش دیگر معتبر نیست و با آن چیزی فرستاده نشد. لطفاً از آخرین پیش‌نمایش استفاده کنید یا دوباره /send را بفرستید.
send-not-logged-in = برای این گفت‌وگو هنوز حساب پنل ثبت نشده است. ابتدا با /login وارد شوید.

## Sending and the result

send-sending = در حال ارسال… { $done } از { $total } گیرنده
send-sending-toast = در حال ارسال…
send-result-sent = ✅ ارسال به { $count } گیرنده انجام شد.
send-result-bulk = شناسهٔ ارسال: { $bulk_id }
send-result-batch = دستهٔ { $index }: { $count } گیرنده، شناسهٔ ارسال { $bulk_id }
send-result-unknown =
    ⚠️ معلوم نیست همهٔ دسته‌ها فرستاده شدند یا نه، چون پاسخ پنل به ربات نرسید.
    دسته‌های باقی‌مانده فرستاده نشدند. پیش از ارسال دوباره، گزارش تحویل یا تاریخچهٔ ارسال‌ها (/history) را ببینید تا چیزی دو بار فرستاده نشود.
send-result-unsent = { $count ->
        [one] { $count } گیرنده هنوز پیامی نگرفته است؛ پیش‌نمایش آن را پایین می‌بینید و می‌توانید پس از اصلاح دوباره بفرستید.
       *[other] { $count } گیرنده هنوز پیامی نگرفته‌اند؛ پیش‌نمایش آن‌ها را پایین می‌بینید و می‌توانید پس از اصلاح دوباره بفرستید.
    }
send-result-failed-code = ارسال انجام نشد (کد خطای پنل: { $code }).
send-already-sent = این ارسال پیش‌تر تأیید و انجام شده است و دوباره فرستاده نمی‌شود.
send-button-delivery = گزارش تحویل { $bulk_id }
send-button-status = وضعیت ارسال { $bulk_id }
