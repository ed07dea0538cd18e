# /login, /logout and the group account deep link.

## Private sign-in

login-ask-username =
    ورود به حساب پنل
    نام کاربری پنل را بفرستید. (برای لغو: /cancel)
login-ask-username-group =
    ورود به حساب پنل برای گروه «{ $title }»
    نام کاربری پنل را بفرستید. (برای لغو: /cancel)
login-bad-username = نام کاربری یک کلمهٔ بدون فاصله است. لطفاً دوباره بفرستید.
login-ask-password = اکنون رمز عبور پنل را بفرستید. پیام رمز بی‌درنگ پاک می‌شود.
login-checking = در حال بررسی حساب با پنل…
login-wrong-password =
    پنل این نام کاربری و رمز عبور را نپذیرفت.
    لطفاً رمز عبور را دوباره بفرستید، یا برای وارد کردن نام کاربری دیگر، دکمهٔ زیر را بزنید.
login-button-other-username = نام کاربری دیگر
login-not-saved = حساب پنل ذخیره نشد؛ لطفاً کمی بعد دوباره /login را بفرستید.
login-success = ورود انجام شد. اعتبار حساب پنل: { $credit } ریال
login-success-group = حساب پنل گروه «{ $title }» ثبت شد. اعتبار حساب پنل این گروه: { $credit } ریال
login-ask-sender = خط ارسال پیش‌فرض را انتخاب کنید یا شمارهٔ آن را بفرستید. این مرحله اختیاری است.
login-ask-sender-typed = شمارهٔ خط ارسال پیش‌فرض را بفرستید. این مرحله اختیاری است.
login-button-skip-sender = بعداً
login-bad-sender = شمارهٔ خط ارسال فقط رقم است (و می‌تواند با + شروع شود). لطفاً دوباره بفرستید.
login-sender-saved =
    خط ارسال پیش‌فرض: { $sender }
    منوی اصلی: /start
login-sender-skipped =
    خط ارسال پیش‌فرض را بعداً در /settings تعیین کنید.
    منوی اصلی: /start
login-hint-username = لطفاً نام کاربری پنل را به‌صورت متن بفرستید، یا برای لغو، /cancel را بفرستید.
login-hint-password = لطفاً رمز عبور پنل را به‌صورت متن بفرستید، یا برای لغو، /cancel را بفرستید.
login-hint-sender = لطفاً یکی از خط‌ها را انتخاب کنید، شمارهٔ خط را بفرستید یا «بعداً» را بزنید.

## Group accounts

login-group-link = نام کاربری و رمز عبور هرگز در گروه فرستاده نمی‌شود. برای تعیین حساب پنل این گروه، دکمهٔ زیر را بزنید و در گفت‌وگوی خصوصی ادامه دهید.
login-group-button = 🔑 ادامه در گفت‌وگوی خصوصی
login-group-not-admin = فقط مدیران همین گروه می‌توانند حساب پنل گروه را تعیین یا حذف کنند.
login-private-only = این کار فقط در گفت‌وگوی خصوصی با ربات انجام می‌شود.

## /logout

login-logout-confirm = حساب پنل از این گفت‌وگو حذف شود؟ برای ارسال دوباره باید از نو وارد شوید.
login-logout-done = حساب پنل از این گفت‌وگو حذف شد. برای ورود دوباره: /login
login-logout-kept = حساب پنل حفظ شد.
login-logout-none = برای این گفت‌وگو حساب پنلی ثبت نشده است. برای ورود: /login
