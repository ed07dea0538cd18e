# Shared words: buttons, generic replies, help. Keys here carry no feature prefix;
# every other file's keys start with its own name (send.ftl → send-…).

## Buttons

button-send = ارسال
button-cancel = لغو
button-back = بازگشت
button-next = بعدی ◀
button-previous = ▶ قبلی
page-of = صفحهٔ { $page } از { $pages }
button-confirm = تأیید
button-edit-text = ویرایش متن
button-edit-recipients = ویرایش گیرندگان
button-select-all = انتخاب همه
button-select-none = برداشتن همهٔ انتخاب‌ها
button-done = تمام
button-yes = بله
button-no = خیر
button-checked = ✅ { $label }
button-unchecked = ⬜ { $label }

button-expired = این دکمه دیگر کار نمی‌کند. لطفاً دوباره از /start شروع کنید.
button-not-yours = فقط کسی که این کار را شروع کرده می‌تواند این دکمه‌ها را بزند.

## Generic replies

not-staff =
    این ربات فقط برای کارکنان شرکت است.
    اگر از همکاران هستید، این شناسه را برای مدیر ربات بفرستید: { $user_id }
not-staff-short = این ربات فقط برای کارکنان شرکت است.
cancelled = لغو شد.
conversation-timed-out = این گفت‌وگو به دلیل بی‌پاسخ ماندن بسته شد. برای شروع دوباره /start را بفرستید.
hint-use-buttons = لطفاً یکی از دکمه‌های بالا را بزنید، یا برای انصراف /cancel را بفرستید.
hint-send-text = لطفاً پاسخ را به‌صورت متن بفرستید، یا برای انصراف /cancel را بفرستید.
hint-send-number = لطفاً یک عدد بفرستید، یا برای انصراف /cancel را بفرستید.
internal-error = مشکلی پیش آمد. لطفاً دوباره امتحان کنید.
please-wait = لطفاً کمی صبر کنید…
nothing-to-show = موردی برای نمایش نیست.
selected-count = { $count } مورد انتخاب شده است.
amount-rials = { $amount } ریال
today-at = امروز { $time }
yesterday-at = دیروز { $time }

## Help

help-staff =
    راهنمای ربات پنل پیامک

    همهٔ کارها از منوی اصلی (/start) با یک دکمه در دسترس است. پیش از هر ارسال، پیش‌نمایش پیام، تعداد گیرندگان و اعتبار لازم نشان داده می‌شود و تا تأیید نکنید چیزی فرستاده نمی‌شود. هر زمان با /cancel کار جاری لغو می‌شود.

    حساب
    /login — ورود حساب پنل پیامک (در گروه: تعیین حساب گروه در گفت‌وگوی خصوصی)
    /logout — خروج از حساب پنل
    /settings — خط ارسال پیش‌فرض و زبان
    /lang — تغییر زبان (فارسی یا انگلیسی)

    ارسال
    /send — ارسال پیامک به شماره‌ها (متن یا فایل txt، csv یا xlsx)
    /social — ارسال در تلگرام یا وایبر
    /books — ارسال به دفترچه‌های تلفن
    /postal — ارسال بر اساس کد پستی، اپراتور و جنسیت
    /jobs — ارسال بر اساس شغل و رسته

    گزارش‌ها
    /credit — اعتبار حساب
    /delivery — گزارش تحویل یک ارسال (با شناسهٔ ارسال)
    /status — وضعیت یک ارسال (با شناسهٔ ارسال)
    /inbox — پیام‌های دریافتی
    /packages — بسته‌های حساب
    /history — تاریخچهٔ ارسال‌های این گفت‌وگو
    /report — گزارش ارسال‌های امروز گروه (در گروه)

    ویژهٔ مدیران
    /newuser — ساخت زیرکاربر در پنل
    /staff — فهرست کارکنان، افزودن، حذف و تغییر نقش

    /start — منوی اصلی
    /cancel — لغو کار جاری
    /help — همین راهنما
help-guest =
    این ربات برای کارکنان شرکت است.
    برای دسترسی، شناسهٔ کاربری خود را برای مدیر ربات بفرستید: { $user_id }

## Flows in groups and after a restart

reply-to-prompt = لطفاً پاسخ را با «پاسخ» (⁨Reply⁩) به همین پیام بفرستید.
flow-reset = کار نیمه‌تمام شما پس از به‌روزرسانی ربات قابل ادامه نبود و بسته شد. لطفاً دوباره شروع کنید: ⁨/start⁩

## Help, built from the list of features

help-intro =
    راهنمای ربات پنل پیامک
    پیش از هر ارسال، پیش‌نمایش پیامک، تعداد گیرندگان و اعتبار لازم نشان داده می‌شود و تا تأیید نکنید چیزی فرستاده نمی‌شود. هر زمان با ⁨/cancel⁩ کار جاری لغو می‌شود.
help-section-account = حساب
help-section-sending = ارسال
help-section-reports = گزارش‌ها
help-section-admins = ویژهٔ مدیران
help-section-general = عمومی
