# /start, the main menu, the published command list and the hints for stray messages.

## /start

start-need-login =
    سلام { $name }!
    برای کار با پنل پیامک، ابتدا حساب پنل را وارد کنید: /login
start-menu =
    سلام { $name }! چه کاری انجام بدهیم؟
    هر کار را با یک دکمه شروع کنید؛ راهنما: /help
start-group =
    در این گروه این فرمان‌ها کار می‌کنند: /credit ، /status ، /delivery ، /history ، /report و /staff
    برای تعیین حساب پنل این گروه، یکی از مدیران گروه /login را بفرستد.
start-button-login = 🔑 ورود به حساب پنل

## Main menu buttons

start-button-send = ✉️ ارسال پیامک
start-button-social = 💬 ارسال در تلگرام یا وایبر
start-button-books = 📒 دفترچه‌های تلفن
start-button-postal = 📮 کد پستی
start-button-jobs = 💼 مشاغل
start-button-credit = 💰 اعتبار
start-button-delivery = 📊 گزارش تحویل
start-button-status = 🔎 وضعیت ارسال
start-button-inbox = 📥 پیام‌های دریافتی
start-button-packages = 📦 بسته‌ها
start-button-history = 🕘 تاریخچهٔ ارسال‌ها
start-button-newuser = 👤 زیرکاربر جدید
start-button-staff = 👥 کارکنان
start-button-settings = ⚙️ تنظیمات
start-button-help = ❓ راهنما

## Command list (set_my_commands)

start-command-start = منوی اصلی
start-command-help = راهنما و فهرست فرمان‌ها
start-command-login = ورود حساب پنل پیامک
start-command-logout = خروج از حساب پنل
start-command-send = ارسال پیامک به شماره‌ها
start-command-social = ارسال از راه تلگرام یا وایبر
start-command-books = ارسال به دفترچه‌های تلفن
start-command-postal = ارسال بر اساس کد پستی
start-command-jobs = ارسال بر اساس شغل
start-command-credit = اعتبار حساب
start-command-delivery = گزارش تحویل یک ارسال
start-command-status = وضعیت یک ارسال
start-command-inbox = پیام‌های دریافتی
start-command-packages = بسته‌های حساب
start-command-history = تاریخچهٔ ارسال‌ها
start-command-newuser = ساخت زیرکاربر (ویژهٔ مدیران)
start-command-staff = مدیریت کارکنان (ویژهٔ مدیران)
start-command-report = گزارش ارسال‌های امروز گروه
start-command-settings = تنظیمات
start-command-lang = تغییر زبان
start-command-cancel = لغو کار جاری

## Outside any conversation

start-unknown-command = این فرمان را نمی‌شناسم. فهرست فرمان‌ها: /help
start-stray-message = برای شروع از منوی اصلی استفاده کنید: /start
start-button-unavailable = این گزینه فعلاً در دسترس نیست.
start-button-closed = این دکمه مربوط به کاری است که تمام شده است. برای باز کردن دوبارهٔ آن، ⁨{ $command }⁩ را بفرستید.
start-button-closed-generic = این دکمه مربوط به کاری است که تمام شده است. برای شروع دوباره، ⁨/start⁩ را بفرستید.
start-nothing-to-cancel = کاری در جریان نیست که لغو شود. منوی اصلی: ⁨/start⁩
