# Sub-user form (/newuser): prompts, checks, review screen.

users-admins-only = فقط مدیران ربات می‌توانند زیرکاربر بسازند.
users-private-only = ساخت زیرکاربر فقط در گفت‌وگوی خصوصی با ربات ممکن است تا رمز عبور در گروه دیده نشود.
users-no-account = برای این گفت‌وگو هنوز حساب پنل ثبت نشده است. ابتدا با /login وارد شوید.
users-no-packages = در این حساب پنل بسته‌ای برای زیرکاربر تعریف نشده است.
users-start = ساخت زیرکاربر در پنل. به پرسش‌ها پاسخ دهید؛ پیش از ثبت، همه‌چیز را یک‌جا می‌بینید و می‌توانید ویرایش کنید.

## Field names (review lines and edit buttons)
users-field-username = نام کاربری
users-field-password = رمز عبور
users-field-name = نام و نام خانوادگی
users-field-company = نام شرکت
users-field-national-id = کد ملی
users-field-certificate-id = شمارهٔ شناسنامه
users-field-access-id = بسته
users-field-phone = تلفن ثابت
users-field-mobile = شمارهٔ همراه
users-field-postal-code = کد پستی
users-field-email = ایمیل
users-field-address = نشانی

## Prompts
users-ask-username = نام کاربری زیرکاربر را بفرستید (فقط حروف لاتین، رقم، «_» و «.»).
users-ask-password = رمز عبور زیرکاربر را بفرستید. پیام شما بی‌درنگ پاک می‌شود و رمز جایی نمایش داده نمی‌شود.
users-ask-name = نام و نام خانوادگی زیرکاربر را بفرستید.
users-ask-company = نام شرکت زیرکاربر را بفرستید.
users-ask-national-id = کد ملی ده‌رقمی زیرکاربر را بفرستید.
users-ask-certificate-id = شمارهٔ شناسنامهٔ زیرکاربر را بفرستید.
users-ask-access-id = بستهٔ زیرکاربر را انتخاب کنید:
users-ask-phone = شمارهٔ تلفن ثابت زیرکاربر را با پیش‌شماره بفرستید (مثلاً ۰۲۱۸۸۸۸۱۲۳۴).
users-ask-mobile = شمارهٔ همراه زیرکاربر را بفرستید (مثلاً ۰۹۱۲۱۲۳۴۵۶۷).
users-ask-postal-code = کد پستی ده‌رقمی زیرکاربر را بفرستید.
users-ask-email = نشانی ایمیل زیرکاربر را بفرستید.
users-ask-address = نشانی پستی زیرکاربر را بفرستید.

## Checks
users-invalid-username = این نام کاربری پذیرفته نیست: باید سه تا سی‌ودو کاراکتر از حروف لاتین، رقم، «_» یا «.» باشد.
users-invalid-password = رمز عبور باید دست‌کم چهار کاراکتر و در یک خط باشد.
users-invalid-name = نام نمی‌تواند خالی یا بیش از اندازه بلند باشد.
users-invalid-company = نام شرکت نمی‌تواند خالی یا بیش از اندازه بلند باشد.
users-invalid-national-id = این کد ملی درست نیست؛ ده رقم آن با رقم کنترلش نمی‌خواند.
users-invalid-certificate-id = شمارهٔ شناسنامه فقط رقم است (حداکثر ده رقم).
users-invalid-access-id = بسته را با دکمه‌ها انتخاب کنید.
users-invalid-phone = این شمارهٔ تلفن ثابت درست نیست؛ آن را با پیش‌شمارهٔ شهر بفرستید.
users-invalid-mobile = این شمارهٔ همراه درست نیست؛ شماره‌ای مانند ۰۹۱۲۱۲۳۴۵۶۷ بفرستید.
users-invalid-postal-code = کد پستی باید دقیقاً ده رقم باشد.
users-invalid-email = این نشانی ایمیل درست نیست؛ نشانی‌ای مانند name@example.com بفرستید.
users-invalid-address = نشانی نمی‌تواند خالی یا بیش از اندازه بلند باشد.

## Review and result
users-review-title = مشخصات زیرکاربر را بررسی کنید. برای ویرایش هر مورد، دکمهٔ آن را بزنید.
users-review-line = { $label }: { $value }
users-password-hidden = •••
users-button-create = ساخت زیرکاربر
users-password-received = رمز عبور دریافت شد و پیام آن پاک شد.
users-creating = در حال ساخت زیرکاربر در پنل…
users-created = زیرکاربر { $username } در پنل ساخته شد و اکنون می‌تواند با نام کاربری و رمز عبور خود وارد شود.
users-fix-field = لطفاً «{ $label }» را اصلاح کنید.
