# /settings and /lang: default sender line and language of a chat.

settings-title =
    ⚙️ تنظیمات این گفت‌وگو
    زبان: { $language }
    خط ارسال پیش‌فرض: { $sender }
settings-no-sender = تعیین نشده
settings-no-account = (حساب پنل ثبت نشده است: /login)
settings-button-sender = تغییر خط ارسال پیش‌فرض
settings-button-language = تغییر زبان
settings-button-close = بستن
settings-button-clear-sender = بدون خط ارسال پیش‌فرض
settings-ask-sender = خط ارسال پیش‌فرض را انتخاب کنید یا شمارهٔ آن را بفرستید.
settings-ask-sender-typed = شمارهٔ خط ارسال پیش‌فرض را بفرستید.
settings-bad-sender = شمارهٔ خط ارسال فقط رقم است (و می‌تواند با + شروع شود). لطفاً دوباره بفرستید.
settings-need-login = برای تعیین خط ارسال، ابتدا وارد حساب پنل شوید: /login
settings-sender-saved = خط ارسال پیش‌فرض: { $sender }
settings-sender-not-a-number = این شمارهٔ خط درست به نظر نمی‌رسد. فقط رقم بنویسید، یا یکی از دکمه‌ها را بزنید.
settings-sender-not-yours = این خط در حساب پنل شما نیست. خط‌های ارسال این حساب: { $lines }
settings-sender-no-shape = این شماره شبیه خط ارسال نیست: خط ارسال با ۱۰۰۰، ۲۰۰۰، ۳۰۰۰، ۵۰۰۰ یا ۹۰۰۰ شروع می‌شود یا یک شمارهٔ ثابت با پیش‌شماره است (شمارهٔ همراه خط ارسال نیست).
settings-sender-cleared = خط ارسال پیش‌فرض برداشته شد.
settings-choose-language = زبان ربات را انتخاب کنید:
settings-language-set = زبان ربات فارسی شد.
settings-unknown-language = این زبان پشتیبانی نمی‌شود. زبان‌ها: fa (فارسی) و en (انگلیسی)
settings-language-fa = فارسی
settings-language-en = English
settings-closed = تنظیمات بسته شد. منوی اصلی: /start
settings-hint-sender = لطفاً یکی از خط‌ها را انتخاب کنید یا شمارهٔ خط را بفرستید، یا برای لغو، /cancel را بفرستید.
