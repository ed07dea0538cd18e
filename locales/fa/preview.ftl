# The preview's guard (a send that would surely fail offers no «ارسال») and its actions:
# change the sender line, send later, save as a saved text, a test send to oneself.

## A preview that would fail

preview-blocked-empty-text = ⛔ متن پیامک خالی است (فقط فاصله یا کاراکترهای نامرئی) و فرستاده نمی‌شود. «ویرایش متن» را بزنید.
preview-blocked-no-recipients = ⛔ این ارسال هیچ گیرنده‌ای ندارد و فرستاده نمی‌شود. گیرندگان دیگری انتخاب کنید.
preview-blocked-credit =
    ⛔ اعتبار حساب پنل برای این ارسال کافی نیست: { $shortfall } ریال کم است.
    اعتبار کنونی برای { $covered } گیرنده بس است.
preview-blocked-credit-none = ⛔ اعتبار حساب پنل برای این ارسال کافی نیست: { $shortfall } ریال کم است و اعتبار کنونی حتی برای یک گیرنده هم بس نیست. پس از افزایش اعتبار، پیش‌نمایش را دوباره بگیرید.
preview-blocked-credit-hidden = ⛔ اعتبار حساب پنل برای این ارسال کافی نیست. از مدیر گروه بخواهید اعتبار را افزایش دهد.
preview-button-send-covered = ارسال به { $count } گیرندهٔ نخست
preview-covered-notice = فهرست به { $count } گیرندهٔ نخست کوتاه شد؛ { $dropped } گیرندهٔ دیگر در این ارسال نیستند.
preview-blocked-alert = این ارسال با وضع کنونی فرستاده نمی‌شود؛ دلیلش در پیش‌نمایش آمده است.

## Changing the sender line

preview-button-change-line = تغییر خط
preview-line-changed = خط ارسال به { $sender } تغییر کرد.
preview-line-refused-retry =
    ارسال با خط { $sender } رد شد: { $reason }
    خط دیگری انتخاب کنید؛ سپس پیش‌نمایش { $count } گیرنده‌ای که چیزی به آن‌ها فرستاده نشده است نشان داده می‌شود.
preview-button-retry-other-line = ارسال دوباره با خطی دیگر

## Send later

preview-scheduled-gone = این پیش‌نمایش دیگر معتبر نیست. برای زمان‌بندی، ارسال را دوباره آماده کنید.

## Test send to oneself

preview-button-test-self = ارسال آزمایشی به خودم
preview-ask-own-number =
    شمارهٔ همراه خودتان را بنویسید تا پیامک آزمایشی به آن فرستاده شود، مثلاً ۰۹۱۲۱۲۳۴۵۶۷.
    این شماره فقط یک بار پرسیده می‌شود و در تنظیمات شما می‌ماند.
preview-hint-own-number = لطفاً شمارهٔ همراه خودتان را بنویسید، مثلاً ۰۹۱۲۱۲۳۴۵۶۷. برای لغو، /cancel را بفرستید.
preview-own-number-invalid = این شمارهٔ همراه درست نیست. شماره را این‌گونه بنویسید: ۰۹۱۲۱۲۳۴۵۶۷.
preview-test-sent = پیامک آزمایشی به { $number } فرستاده شد (شناسهٔ ارسال: { $bulk_id }). این ارسال جزو این کار نیست؛ پیش‌نمایش همچنان آماده است.
preview-test-failed = پیامک آزمایشی فرستاده نشد: { $reason }
preview-test-already = پیامک آزمایشی با این دکمه فرستاده شد. برای یک ارسال آزمایشی دیگر، دکمهٔ تازهٔ پیش‌نمایش را بزنید.
preview-settings-own-number = شمارهٔ همراه شما برای ارسال آزمایشی: { $number }
preview-button-forget-own-number = فراموش کردن شمارهٔ همراه من
preview-own-number-forgotten = شمارهٔ همراه شما فراموش شد؛ ارسال آزمایشی بعدی آن را دوباره می‌پرسد.
preview-retry-credit-short = اعتبار حساب پنل هنوز برای فرستادن دوبارهٔ همهٔ این گیرندگان کافی نیست. پیش‌نمایش نشان می‌دهد چقدر کم است و برای چند گیرنده بس است.
preview-button-retry-preview = پیش‌نمایش ارسال دوباره
