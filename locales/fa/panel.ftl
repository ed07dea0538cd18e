# Panel vocabulary (bot/panel/codes.py): error codes, delivery statuses, bulk states,
# operators, genders and social networks. Every panel-error sentence shows its code.

## Panel error codes (ERROR_CODES)

panel-error-0 = عملیات با موفقیت انجام شد (کد ۰).
panel-error-1 = متن پیامک خالی است (کد ۱).
panel-error-2 = حساب پنل محدود شده است (کد ۲).
panel-error-3 = این خط ارسال متعلق به این حساب پنل نیست (کد ۳).
panel-error-4 = هیچ گیرنده‌ای وارد نشده است (کد ۴).
panel-error-5 = اعتبار کافی نیست (کد ۵).
panel-error-6 = تعداد پیامک‌های این متن مجاز نیست (کد ۶).
panel-error-7 = این خط برای ارسال انبوه مناسب نیست (کد ۷).
panel-error-8 = تعداد گیرندگان بیش از حد مجاز است (کد ۸).
panel-error-9 = در این ساعت امکان ارسال وجود ندارد (کد ۹).
panel-error-21 = پیام صوتی: فایل نامعتبر است (کد ۲۱).
panel-error-22 = پیام صوتی: حجم فایل بیش از حد مجاز است (کد ۲۲).
panel-error-23 = پیام صوتی: مدت فایل نامعتبر است (کد ۲۳).
panel-error-98 = تعداد گیرندگان از سقف مجاز بیشتر است (کد ۹۸).
panel-error-99 = ارتباط اپراتور این خط ارسال قطع است (کد ۹۹).
panel-error-100 = دفترچهٔ تلفن پیدا نشد (کد ۱۰۰).
panel-error-101 = دفترچهٔ تلفن خالی است (کد ۱۰۱).
panel-error-102 = این حساب پنل به این دفترچهٔ تلفن دسترسی ندارد (کد ۱۰۲).
panel-error-111 = پیام صوتی برای این حساب پنل مجاز نیست (کد ۱۱۱).
panel-error-131 = پیام صوتی: گیرنده نامعتبر است (کد ۱۳۱).
panel-error-132 = پیام صوتی: ارسال ناموفق بود (کد ۱۳۲).
panel-error-266 = این حساب اجازهٔ استفاده از خطوط اشتراکی را ندارد (کد ۲۶۶).
panel-error-301 = در نام کاربری کاراکتر غیرمجاز به کار رفته است (کد ۳۰۱).
panel-error-302 = تعرفه‌ای برای این کاربر تعیین نشده است (کد ۳۰۲).
panel-error-303 = نام کاربری وارد نشده است (کد ۳۰۳).
panel-error-304 = این نام کاربری قبلاً ثبت شده است (کد ۳۰۴).
panel-error-305 = نام کاربری وارد نشده است (کد ۳۰۵).
panel-error-306 = کد ملی وارد نشده است (کد ۳۰۶).
panel-error-307 = کد ملی نادرست است (کد ۳۰۷).
panel-error-308 = شمارهٔ شناسنامه نامعتبر است (کد ۳۰۸).
panel-error-309 = شمارهٔ شناسنامه وارد نشده است (کد ۳۰۹).
panel-error-310 = ایمیل کاربر وارد نشده است (کد ۳۱۰).
panel-error-311 = شمارهٔ تلفن وارد نشده است (کد ۳۱۱).
panel-error-312 = شمارهٔ تلفن نادرست است (کد ۳۱۲).
panel-error-313 = نشانی وارد نشده است (کد ۳۱۳).
panel-error-314 = شمارهٔ همراه وارد نشده است (کد ۳۱۴).
panel-error-315 = شمارهٔ همراه نادرست است (کد ۳۱۵).
panel-error-316 = بستهٔ انتخاب‌شده نادرست است (کد ۳۱۶).
panel-error-317 = رمز عبور وارد نشده است (کد ۳۱۷).
panel-error-404 = این الگو در دسترس نیست (کد ۴۰۴).
panel-error-455 = این ارسال زمان‌بندی‌شده لغو شده است (کد ۴۵۵).
panel-error-456 = شناسهٔ ارسال نامعتبر است (کد ۴۵۶).
panel-error-458 = شناسهٔ تیکت نامعتبر است (کد ۴۵۸).
panel-error-962 = نام کاربری یا رمز عبور پنل اشتباه است (کد ۹۶۲).
panel-error-963 = دسترسی این حساب پنل محدود یا نامعتبر است (کد ۹۶۳).
panel-error-964 = این حساب پنل دسترسی نمایندگی ندارد (کد ۹۶۴).
panel-error-970 = پارامترهای الگو نامعتبر است (کد ۹۷۰).
panel-error-971 = الگو نامعتبر است (کد ۹۷۱).
panel-error-972 = گیرندهٔ الگو نامعتبر است (کد ۹۷۲).
panel-error-992 = ارسال فقط از ساعت ۸ تا ۲۳ مجاز است (کد ۹۹۲).
panel-error-993 = دفترچه‌های تلفن باید به‌صورت فهرست فرستاده شوند (کد ۹۹۳).
panel-error-994 = بارگذاری مدارک هویتی لازم است (کد ۹۹۴).
panel-error-995 = بارگذاری مدارک کارت بانکی لازم است (کد ۹۹۵).
panel-error-996 = این الگو غیرفعال است (کد ۹۹۶).
panel-error-997 = استفاده از این الگو مجاز نیست (کد ۹۹۷).
panel-error-998 = مدارک این حساب پنل هنوز تأیید نشده است (کد ۹۹۸).
panel-error-1001 = شکل نام کاربری نامعتبر است (کد ۱۰۰۱).
panel-error-1002 = رمز عبور بیش از حد ساده است (کد ۱۰۰۲).
panel-error-1003 = در ثبت‌نام مشکلی پیش آمد (کد ۱۰۰۳).
panel-error-1004 = در ثبت‌نام مشکلی پیش آمد (کد ۱۰۰۴).
panel-error-1005 = در ثبت‌نام مشکلی پیش آمد (کد ۱۰۰۵).
panel-error-1006 = زمان ارسال گذشته است (کد ۱۰۰۶).

## Panel errors without a code of their own

panel-error-unknown = پنل خطای ناشناخته‌ای با کد { $code } برگرداند.
panel-error-text = پنل این خطا را برگرداند: { $text }
panel-bulk-not-found = ارسالی با این شناسهٔ ارسال در پنل پیدا نشد.
panel-outcome-unknown =
    معلوم نیست ارسال انجام شد یا نه، چون پاسخ پنل به ربات نرسید.
    پیش از ارسال دوباره، گزارش تحویل یا تاریخچهٔ ارسال‌ها را ببینید تا پیامک‌ها دو بار فرستاده نشوند.
panel-unreachable = ارتباط با پنل پیامک برقرار نشد. لطفاً چند دقیقهٔ دیگر دوباره امتحان کنید.
panel-bad-response = پاسخ پنل پیامک قابل فهم نبود. لطفاً چند دقیقهٔ دیگر دوباره امتحان کنید.

## Delivery status of one number (DeliveryStatus)

delivery-status-notsync = در حال ارسال
delivery-status-send = فرستاده‌شده
delivery-status-pending = رسیده به مخابرات
delivery-status-failed = نرسیده به گوشی
delivery-status-discarded = در فهرست سیاه
delivery-status-delivered = رسیده به گوشی
delivery-status-unknown = وضعیت ناشناخته ({ $raw })

## State of a bulk as a whole (BulkStatus, slug of the wire value)

bulk-status-finish = پایان‌یافته
bulk-status-nocontactwiththeoperator = بدون ارتباط با اپراتور
bulk-status-interacting = در حال برقراری ارتباط
bulk-status-noauthentication = احراز هویت نشده
bulk-status-active = فعال
bulk-status-nosendsms = فرستاده‌نشده
bulk-status-cancel = لغوشده
bulk-status-no-sufficient-charge = اعتبار کافی نبود
bulk-status-unknown = وضعیت ناشناخته ({ $raw })

## Approval of a bulk (BulkValidation)

bulk-validation-approve = تأییدشده
bulk-validation-cancel = ردشده
bulk-validation-notconfirm = در انتظار تأیید
bulk-validation-unknown = وضعیت تأیید ناشناخته ({ $raw })

## Postal-code targets and social networks

operator-tci = همراه اول
operator-mtn = ایرانسل
gender-0 = همه (آقایان و بانوان)
gender-1 = آقایان
gender-2 = بانوان
network-telegram = تلگرام
network-viber = وایبر
