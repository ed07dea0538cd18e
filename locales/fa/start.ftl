# /start, the main menu, the published command list and the hints for stray messages.

## /start

start-need-login =
    سلام { $name }!
    برای کار با پنل پیامک، ابتدا وارد حساب پنل شوید: /login
start-menu =
    سلام { $name }! چه کاری انجام بدهیم؟
    هر کار را با یک دکمه شروع کنید؛ راهنما: /help
start-group =
    در این گروه این دستورها کار می‌کنند: /credit، /status، /delivery، /history، /report و /staff
    برای تعیین حساب پنل این گروه، یکی از مدیران گروه /login را بفرستد.
start-button-login = 🔑 ورود به حساب پنل

## Main menu buttons (actions, not lookups)

start-button-send = ✉️ ارسال پیامک
start-button-social = 💬 ارسال در تلگرام یا وایبر
start-button-books = 📒 ارسال به دفترچهٔ تلفن
start-button-postal = 📮 ارسال با کد پستی
start-button-jobs = 💼 ارسال به مشاغل
start-button-credit = 💰 اعتبار
start-button-delivery = 📊 گزارش تحویل
start-button-status = 🔎 وضعیت ارسال
start-button-inbox = 📥 پیامک‌های دریافتی
start-button-packages = 📦 بسته‌های حساب
start-button-history = 🕘 تاریخچهٔ ارسال‌ها
start-button-newuser = 👤 ساخت زیرکاربر
start-button-staff = 👥 کارکنان
start-button-settings = ⚙️ تنظیمات
start-button-help = ❓ راهنما

## Command list (set_my_commands)

start-command-start = منوی اصلی
start-command-help = راهنما و فهرست دستورها
start-command-login = ورود به حساب پنل
start-command-logout = خروج از حساب پنل
start-command-send = ارسال پیامک به شماره‌ها
start-command-social = ارسال پیام در تلگرام یا وایبر
start-command-books = ارسال پیامک به دفترچه‌های تلفن
start-command-postal = ارسال با کد پستی
start-command-jobs = ارسال به مشاغل
start-command-credit = اعتبار حساب پنل
start-command-delivery = گزارش تحویل یک ارسال
start-command-status = وضعیت یک ارسال
start-command-inbox = پیامک‌های دریافتی
start-command-packages = بسته‌های حساب پنل
start-command-history = تاریخچهٔ ارسال‌ها
start-command-newuser = ساخت زیرکاربر (ویژهٔ مدیران ربات)
start-command-staff = مدیریت کارکنان (ویژهٔ مدیران ربات)
start-command-report = گزارش ارسال‌های شرکت: امروز، این هفته، این ماه یا یک بازهٔ تاریخ (ویژهٔ مدیران ربات)
start-command-accounts = حساب‌های مشترک: مشترک کردن حساب پنل، دسترسی همکاران، قانون تأیید (ویژهٔ مدیران ربات)
start-command-settings = تنظیمات
start-command-lang = تغییر زبان
start-command-cancel = لغو کار جاری

## Outside any task

start-unknown-command = این دستور را نمی‌شناسم. فهرست دستورها: /help
start-stray-message = برای شروع از منوی اصلی استفاده کنید: /start
start-button-unavailable = این دکمه مال پیامی قدیمی است و دیگر کار نمی‌کند. برای شروع دوباره، /start را بفرستید.
start-button-closed = این دکمه مربوط به کاری است که تمام شده است. برای باز کردن دوبارهٔ آن، { $command } را بفرستید.
start-button-closed-generic = این دکمه مربوط به کاری است که تمام شده است. برای شروع دوباره، /start را بفرستید.
start-nothing-to-cancel = کاری در جریان نیست که لغو شود. منوی اصلی: /start
