# New sub-user form (/newuser): prompts, checks, review screen.

users-admins-only = فقط مدیران ربات می‌توانند کاربر جدید بسازند.
users-private-only = ساخت کاربر جدید فقط در گفت‌وگوی خصوصی با ربات ممکن است تا رمز عبور در گروه دیده نشود.
users-no-account = هنوز حساب پنلی برای این گفت‌وگو ثبت نشده است. اول با /login وارد شوید.
users-no-packages = در این حساب سطح دسترسی‌ای برای کاربر جدید تعریف نشده است.
users-start = ساخت کاربر جدید در پنل. به پرسش‌ها پاسخ دهید؛ پیش از ثبت، همه‌چیز را یک‌جا می‌بینید و می‌توانید ویرایش کنید.

## Field names (review lines and edit buttons)
users-field-username = نام کاربری
users-field-password = رمز عبور
users-field-name = نام و نام خانوادگی
users-field-company = نام شرکت
users-field-national-id = کد ملی
users-field-certificate-id = شماره شناسنامه
users-field-access-id = سطح دسترسی
users-field-phone = تلفن ثابت
users-field-mobile = شماره همراه
users-field-postal-code = کد پستی
users-field-email = ایمیل
users-field-address = نشانی

## Prompts
users-ask-username = نام کاربری کاربر جدید را بفرستید (فقط حروف لاتین، رقم، «_» و «.»).
users-ask-password = رمز عبور کاربر جدید را بفرستید. پیام شما بی‌درنگ پاک می‌شود و رمز جایی نمایش داده نمی‌شود.
users-ask-name = نام و نام خانوادگی کاربر را بفرستید.
users-ask-company = نام شرکت کاربر را بفرستید.
users-ask-national-id = کد ملی ده‌رقمی کاربر را بفرستید.
users-ask-certificate-id = شماره شناسنامهٔ کاربر را بفرستید.
users-ask-access-id = سطح دسترسی کاربر را انتخاب کنید:
users-ask-phone = شماره تلفن ثابت کاربر را با پیش‌شماره بفرستید (مثلاً ۰۲۱۸۸۸۸۱۲۳۴).
users-ask-mobile = شماره همراه کاربر را بفرستید (مثلاً ۰۹۱۲۱۲۳۴۵۶۷).
users-ask-postal-code = کد پستی ده‌رقمی کاربر را بفرستید.
users-ask-email = نشانی ایمیل کاربر را بفرستید.
users-ask-address = نشانی پستی کاربر را بفرستید.

## Checks
users-invalid-username = این نام کاربری پذیرفته نیست: باید سه تا سی‌ودو نویسه از حروف لاتین، رقم، «_» یا «.» باشد.
users-invalid-password = رمز عبور باید دست‌کم چهار نویسه و در یک خط باشد.
users-invalid-name = نام نمی‌تواند خالی یا بیش از اندازه بلند باشد.
users-invalid-company = نام شرکت نمی‌تواند خالی یا بیش از اندازه بلند باشد.
users-invalid-national-id = این کد ملی درست نیست؛ ده رقم آن یا رقم کنترلش با هم نمی‌خواند.
users-invalid-certificate-id = شماره شناسنامه باید فقط رقم باشد (حداکثر ده رقم).
users-invalid-access-id = سطح دسترسی را با دکمه‌ها انتخاب کنید.
users-invalid-phone = این شماره تلفن ثابت درست نیست؛ آن را با پیش‌شمارهٔ شهر بفرستید.
users-invalid-mobile = این شماره همراه درست نیست؛ شماره‌ای مانند ۰۹۱۲۱۲۳۴۵۶۷ بفرستید.
users-invalid-postal-code = کد پستی باید دقیقاً ده رقم باشد.
users-invalid-email = این نشانی ایمیل درست نیست؛ نشانی‌ای مانند name@example.com بفرستید.
users-invalid-address = نشانی نمی‌تواند خالی یا بیش از اندازه بلند باشد.

## Review and result
users-review-title = مشخصات کاربر جدید را بررسی کنید. برای ویرایش هر مورد، دکمهٔ آن را بزنید.
users-review-line = { $label }: { $value }
users-password-hidden = •••
users-button-create = ساخت کاربر
users-password-received = رمز عبور دریافت شد و پیام آن پاک شد.
users-creating = در حال ساخت کاربر در پنل…
users-created = کاربر { $username } در پنل ساخته شد و اکنون می‌تواند با نام کاربری و رمز خود وارد شود.
users-fix-field = لطفاً «{ $label }» را اصلاح کنید.
