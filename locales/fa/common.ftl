# Shared words: buttons, generic replies, help. Keys here carry no feature prefix;
# every other file's keys start with its own name (send.ftl → send-…).
# Wording: locales/GLOSSARY.md. Commands and numbers are isolated at format time: write them plainly.

## Buttons

button-send = ارسال
button-cancel = لغو
button-back = بازگشت
# Shown right-to-left, in the row [previous] [page] [next]: both arrows point outward.
button-next = ▶ بعدی
button-previous = قبلی ◀
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
sender-line = { $line }

button-expired = این دکمه مال پیامی قدیمی است و دیگر کار نمی‌کند. برای شروع دوباره، /start را بفرستید.
button-not-yours = فقط همکاری که این کار را شروع کرده است می‌تواند این دکمه‌ها را بزند.

## Generic replies

not-staff =
    این ربات فقط برای کارکنان شرکت است.
    اگر از همکاران هستید، این شناسه را برای مدیر ربات بفرستید: { $user_id }
not-staff-short = این ربات فقط برای کارکنان شرکت است.
cancelled = این کار لغو شد.
closed = بسته شد.
conversation-timed-out = این کار چون مدتی بی‌پاسخ ماند، بسته شد. برای شروع دوباره، /start را بفرستید.
hint-use-buttons = لطفاً یکی از دکمه‌های بالا را بزنید، یا برای لغو، /cancel را بفرستید.
hint-send-text = لطفاً پاسخ را به‌صورت متن بفرستید، یا برای لغو، /cancel را بفرستید.
hint-send-number = لطفاً یک عدد بفرستید، یا برای لغو، /cancel را بفرستید.
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

    همهٔ کارها از منوی اصلی (/start) با یک دکمه شروع می‌شود. پیش از هر ارسال، پیش‌نمایش متن، تعداد گیرندگان و اعتبار لازم را می‌بینید و تا تأیید نکنید چیزی فرستاده نمی‌شود. هر وقت خواستید، با /cancel کار جاری را لغو کنید.

    حساب
    /login — ورود به حساب پنل (در گروه: تعیین حساب پنل گروه در گفت‌وگوی خصوصی)
    /logout — خروج از حساب پنل
    /settings — خط ارسال پیش‌فرض و زبان
    /lang — تغییر زبان (فارسی یا انگلیسی)

    ارسال
    /send — ارسال پیامک به شماره‌ها (متن، یا فایل txt، csv یا xlsx)
    /social — ارسال پیام در تلگرام یا وایبر
    /books — ارسال پیامک به دفترچه‌های تلفن
    /postal — ارسال با کد پستی (محله، اپراتور و جنسیت)
    /jobs — ارسال به مشاغل (شغل و گرایش)

    گزارش‌ها
    /credit — اعتبار حساب پنل
    /delivery — گزارش تحویل یک ارسال (با شناسهٔ ارسال)
    /status — وضعیت یک ارسال (با شناسهٔ ارسال)
    /inbox — پیامک‌های دریافتی
    /packages — بسته‌های حساب پنل
    /history — تاریخچهٔ ارسال‌های این گفت‌وگو
    /report — گزارش ارسال‌های امروز گروه (در گروه)

    ویژهٔ مدیران ربات
    /newuser — ساخت زیرکاربر در پنل
    /staff — فهرست کارکنان، افزودن، حذف و تغییر نقش

    /start — منوی اصلی
    /cancel — لغو کار جاری
    /help — همین راهنما
help-oneshot =
    ارسال سریع در یک پیام: پس از ‎/send‎ (در همان خط یا خط بعد) شماره‌ها را بنویسید و سپس متن پیامک را.
    خط‌هایی که فقط شماره‌اند گیرنده‌اند (شمارهٔ نادرست فهرست می‌شود و هرگز در متن نمی‌آید)؛ متن از نخستین خطی که حرف دارد، یا پس از یک خط خالی، آغاز می‌شود. برای ‎/social‎ پیش از شماره‌ها نام شبکه (تلگرام یا وایبر) را بنویسید.
    نمونه:
    /send ۰۹۱۲۱۲۳۴۵۶۷
    ۰۹۳۵۱۱۱۲۲۳۳
    سلام، جلسه فردا ساعت ۱۰ است.
help-guest =
    این ربات برای کارکنان شرکت است.
    برای دسترسی، شناسهٔ کاربری خود را برای مدیر ربات بفرستید: { $user_id }

## Flows in groups and after a restart

reply-to-prompt = لطفاً پاسخ را با «پاسخ» (Reply) به همین پیام بفرستید.
flow-reset = کار نیمه‌تمام شما پس از به‌روزرسانی ربات قابل ادامه نبود و بسته شد. لطفاً دوباره شروع کنید: /start

## Help, built from the list of features

help-intro =
    راهنمای ربات پنل پیامک
    پیش از هر ارسال، پیش‌نمایش پیامک، تعداد گیرندگان و اعتبار لازم نشان داده می‌شود و تا تأیید نکنید چیزی فرستاده نمی‌شود. هر زمان با /cancel کار جاری لغو می‌شود.
help-section-account = حساب
help-section-sending = ارسال
help-section-reports = گزارش‌ها
help-section-admins = ویژهٔ مدیران
help-section-general = عمومی
