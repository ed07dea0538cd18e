# Company features (issue 18): staff by name, shared accounts, approvals, alerts, company reports.

## Staff by name

org-history-when-named = 🕒 { $when } · { $name }
org-user-named = { $name }
org-user-unnamed = همکار { $user_id }

## Accounts

org-account-chat = حساب پنل گفت‌وگوی { $chat_id }
org-account-of = حساب پنل گفت‌وگوی { $name }
org-account-of-group = حساب پنل گروه «{ $title }»
org-account-own = حساب پنل همین گفت‌وگو
org-account-chosen = ✓ { $label }
org-account-shared = حساب مشترک «{ $name }»
org-share-done = حساب پنل این گفت‌وگو با نام «{ $name }» مشترک شد. اکنون همکاران یا گروه‌هایی را که می‌توانند با آن ارسال کنند انتخاب کنید.
org-share-revoked = حساب مشترک «{ $name }» لغو شد؛ دیگر کسی نمی‌تواند با آن ارسال کند.
org-share-granted = «{ $name }» اکنون می‌تواند با حساب مشترک «{ $account }» ارسال کند.
org-share-ungranted = دسترسی «{ $name }» به حساب مشترک «{ $account }» برداشته شد.
org-share-error-admins-only = فقط مدیران ربات می‌توانند حساب پنل را مشترک کنند.
org-share-error-bad-name = نام حساب مشترک را در یک خط و حداکثر ۴۰ کاراکتر بفرستید، مثلاً «خط فروش».
org-share-error-no-account = این گفت‌وگو هنوز وارد حساب پنل نشده است. اول با /login وارد شوید.
org-share-error-name-taken = حساب مشترک دیگری با همین نام هست. نام دیگری بفرستید.
org-share-error-not-staff = این کاربر جزو کارکنان نیست. اول او را با /staff اضافه کنید.
org-share-error-no-such-account = این حساب مشترک دیگر وجود ندارد.
org-account-choose = با کدام حساب پنل ارسال شود؟
org-job-account-gone = حساب پنل این ارسال دیگر در دسترس نیست (حساب مشترک لغو شده یا دسترسی برداشته شده است)؛ دسته‌های باقی‌مانده ارسال نمی‌شوند.
org-account-revoked = این حساب مشترک دیگر در دسترس شما نیست. حساب دیگری انتخاب کنید یا از مدیر بخواهید دوباره آن را با شما مشترک کند.

## Approvals

org-approval-admins-only = فقط مدیران ربات می‌توانند درخواست‌های ارسال را تأیید یا رد کنند.
org-approval-button-request = ارسال برای تأیید
org-approval-button-approve = تأیید و ارسال
org-approval-button-reject = رد
org-approval-rule-every = هر ارسال اپراتورها با این حساب باید تأیید شود.
org-approval-rule-recipients = ارسال‌های اپراتورها به بیش از { $count } گیرنده باید تأیید شود.
org-approval-rule-cost = ارسال‌های اپراتورها با هزینهٔ بیش از { $amount } ریال باید تأیید شود.
org-approval-rule-none = ارسال‌های این حساب نیازی به تأیید ندارد.
org-approval-bad-limit = یک عدد صحیح بفرستید، مثلاً ۵۰۰ یا ۱٬۰۰۰٬۰۰۰.
org-approval-sent = درخواست تأیید برای مدیران فرستاده شد. نتیجه را همین‌جا به شما می‌گوییم.
org-approval-approved = ✅ ارسال شما را { $name } تأیید کرد و ارسال آغاز شد.
org-approval-rejected = ❌ ارسال شما را { $name } رد کرد.
org-approval-rejected-reason = ❌ ارسال شما را { $name } رد کرد. دلیل: { $reason }
org-approval-expired = ⌛ درخواست تأیید ارسال شما پیش از تصمیم مدیران منقضی شد. اگر هنوز لازم است، دوباره ارسال کنید.
org-approval-already-approved = این درخواست را پیش‌تر { $name } تأیید کرده است.
org-approval-already-rejected = این درخواست را پیش‌تر { $name } رد کرده است.
org-approval-too-late = این درخواست منقضی شده است و دیگر تأیید نمی‌شود.
org-approval-ask-reason = دلیل رد را بفرستید تا به اپراتور گفته شود، یا «رد بدون دلیل» را بزنید.
org-approval-button-reject-now = رد بدون دلیل

## Alerts

org-alert-low-credit = ⚠️ اعتبار { $account } به { $amount } ریال رسید؛ کمتر از آستانهٔ { $threshold } ریال است.
org-alert-bad-threshold = مبلغ آستانه را به ریال و با عدد بفرستید، مثلاً ۵۰۰٬۰۰۰.
org-alert-bad-hour = ساعت را از ۰ تا ۲۳ بفرستید، مثلاً ۸ یا ۲۱:۰۰.
org-alert-summary-title = 📊 خلاصهٔ ارسال‌های امروز
org-alert-job-trouble = ⚠️ ارسال { $name } با { $account } کامل نشد: از { $total } گیرنده، { $sent } ارسال‌شده، { $unknown } نامعلوم، { $refused } ناموفق و { $untried } ارسال‌نشده.

## Company reports

org-report-title-today = 📊 گزارش امروز ({ $first })
org-report-title-week = 📊 گزارش این هفته ({ $first } تا { $last })
org-report-title-month = 📊 گزارش این ماه ({ $first } تا { $last })
org-report-title-range = 📊 گزارش { $first } تا { $last }
org-report-empty = در این بازه ارسالی ثبت نشده است.
org-report-totals =
    ارسال‌ها: { $sends }
    گیرندگان: { $recipients }
    جمع پیامک‌ها: { $parts }
    هزینهٔ تقریبی: { $cost } ریال
org-report-delivery = نرخ تحویل: { $rate }
org-report-delivery-none = نرخ تحویل: هنوز گزارش تحویلی نرسیده است.
org-report-section-operator = به تفکیک همکار:
org-report-section-account = به تفکیک حساب:
org-report-section-kind = به تفکیک نوع ارسال:
org-report-section-state = به تفکیک وضعیت:
org-report-line = • { $name }: { $sends } ارسال، { $recipients } گیرنده، { $cost } ریال
org-report-button-xlsx = دریافت فایل اکسل
org-report-button-today = امروز
org-report-button-week = این هفته
org-report-button-month = این ماه
org-report-button-range = بازهٔ دیگر
org-report-more = • و { $count } مورد دیگر (در فایل اکسل)
org-report-ask-range = بازهٔ گزارش را با تاریخ شمسی بفرستید، مثلاً ۱۴۰۵/۰۹/۰۱ تا ۱۴۰۵/۰۹/۰۷.
org-report-range-error-format = این بازه را نفهمیدم. دو تاریخ شمسی بفرستید، مثلاً ۱۴۰۵/۰۹/۰۱ تا ۱۴۰۵/۰۹/۰۷.
org-report-range-error-date = یکی از تاریخ‌ها در تقویم شمسی وجود ندارد. تاریخ را بررسی کنید و دوباره بفرستید.
org-report-range-error-order = تاریخ پایان پیش از تاریخ شروع است. اول تاریخ شروع را بنویسید.
org-report-range-error-too-long = بازهٔ گزارش حداکثر یک سال است. بازهٔ کوتاه‌تری بفرستید.
org-state-pending = در حال ارسال
org-state-sent = ارسال‌شده
org-state-failed = ناموفق
org-state-unknown = نامعلوم
org-xlsx-sheet = گزارش ارسال‌ها
org-xlsx-when = زمان
org-xlsx-operator = همکار
org-xlsx-account = حساب
org-xlsx-kind = نوع ارسال
org-xlsx-state = وضعیت
org-xlsx-recipients = گیرندگان
org-xlsx-parts = پیامک‌ها
org-xlsx-cost = هزینهٔ تقریبی (ریال)
org-xlsx-bulk = شناسهٔ ارسال

## Company history

org-history-title = 🗂 ارسال‌ها (صفحهٔ { $page } از { $pages }، همه: { $total })
org-history-empty = ارسالی با این شرط‌ها ثبت نشده است.
org-history-state = { $state }: { $count } دسته
org-history-item =
    🕒 { $when } · { $name } · { $account }
    { $kind } · { $recipients } گیرنده · { $states }
    «{ $snippet }»

## Approval requests (the admins' message)

org-approval-request =
    📝 درخواست تأیید ارسال از { $name }
    حساب: { $account }
    نوع ارسال: { $kind }
    خط ارسال: { $sender }
    گیرندگان: { $target } — { $count } گیرنده
    هزینهٔ تقریبی: { $amount } ریال
    اعتبار درخواست تا { $expires }
    متن پیامک:
    { $text }
org-approval-target-list = فهرست شماره‌ها
org-approval-decided-approved = ✅ { $name } تأیید کرد.
org-approval-decided-rejected = ❌ { $name } رد کرد.
org-approval-decided-expired = ⌛ این درخواست منقضی شد.

## Alert settings (/settings, admins)

org-alerts-button = هشدارها و گروه مدیران
org-alerts-admins-only = فقط مدیران ربات می‌توانند هشدارها و گروه مدیران را تنظیم کنند.
org-alerts-title =
    🔔 هشدارها و گروه مدیران
    گروه مدیران: { $group }
    هشدار کمبود اعتبار: { $threshold }
    خلاصهٔ روزانه: { $hour }
org-alerts-group-none = تعیین نشده (درخواست‌های تأیید در گفت‌وگوی خصوصی به مدیران می‌رسد)
org-alerts-group-this = همین گروه
org-alerts-group-other = گروهی دیگر
org-alerts-group-named = «{ $title }»
org-alerts-off = خاموش
org-alerts-rials = کمتر از { $amount } ریال
org-alerts-hour-value = ساعت { $hour } به وقت تهران
org-alerts-button-group = گروه مدیران کردن همین گروه
org-alerts-button-threshold = تغییر آستانهٔ اعتبار
org-alerts-button-hour = تغییر ساعت خلاصهٔ روزانه
org-alerts-button-hour-off = خاموش کردن خلاصهٔ روزانه
org-alerts-ask-threshold = وقتی اعتبار یک حساب پنل کمتر از چند ریال شد به گروه مدیران خبر بدهیم؟ مبلغ را بفرستید، مثلاً ۵۰۰٬۰۰۰ (۰ یعنی خاموش).
org-alerts-ask-hour = خلاصهٔ روزانه چه ساعتی به وقت تهران به گروه مدیران برسد؟ مثلاً ۲۱ یا ۲۱:۰۰.
org-alerts-group-set = این گروه، گروه مدیران شد: درخواست‌های تأیید و هشدارها از این پس به اینجا می‌رسد.
org-alerts-saved = تنظیم هشدارها ذخیره شد.

## Shared accounts (/accounts, admins)

org-accounts-title = 🔑 حساب‌های مشترک. یکی را برای دیدن دسترسی‌ها و قانون تأیید بزنید، یا حساب پنل همین گفت‌وگو را مشترک کنید.
org-accounts-none = 🔑 هنوز حساب مشترکی نیست. حساب پنل همین گفت‌وگو را می‌توانید با نامی مثل «خط فروش» مشترک کنید؛ همکاران بدون دیدن نام کاربری و رمز با آن ارسال می‌کنند.
org-accounts-button-share = مشترک کردن حساب این گفت‌وگو
org-accounts-button-staff = دادن به همکاران
org-accounts-button-chat = دادن به همین گروه یا پس گرفتن
org-accounts-button-rule = قانون تأیید
org-accounts-button-revoke = لغو حساب مشترک
org-accounts-button-back = بازگشت
org-accounts-ask-name = نام حساب مشترک را بفرستید، مثلاً «خط فروش».
org-accounts-view =
    🔑 حساب مشترک «{ $name }»
    در دسترس: { $grantees }
    { $rule }
    مهلت تأیید: { $hours } ساعت
org-accounts-no-grantees = هنوز هیچ‌کس
org-accounts-a-chat = گروه { $chat_id }
org-accounts-a-named-chat = گروه «{ $title }»
org-accounts-pick-staff = همکارانی را که می‌توانند با این حساب ارسال کنند بزنید (✓ یعنی دسترسی دارد؛ زدن دوباره دسترسی را برمی‌دارد).
org-accounts-chat-granted = کارکنان همین گروه اکنون می‌توانند در این گروه با این حساب ارسال کنند.
org-accounts-chat-ungranted = دسترسی همین گروه به این حساب برداشته شد.
org-accounts-rule-ask = کدام ارسال‌های اپراتورها با این حساب باید تأیید شود؟
org-accounts-rule-every = هر ارسال
org-accounts-rule-recipients = بیش از چند گیرنده
org-accounts-rule-cost = بیش از چه هزینه‌ای
org-accounts-rule-hours = تغییر مهلت تأیید
org-accounts-rule-none = بدون تأیید
org-accounts-rule-saved = قانون تأیید ذخیره شد.
org-accounts-ask-recipients = ارسال به بیش از چند گیرنده تأیید بخواهد؟ عدد را بفرستید، مثلاً ۵۰۰.
org-accounts-ask-cost = ارسال با هزینهٔ بیش از چند ریال تأیید بخواهد؟ مبلغ را بفرستید، مثلاً ۱٬۰۰۰٬۰۰۰.
org-accounts-ask-hours = درخواست تأیید پس از چند ساعت منقضی شود؟ عددی از ۱ تا ۱۶۸ بفرستید.
org-accounts-bad-recipients = { org-approval-bad-limit }
org-accounts-bad-cost = { org-approval-bad-limit }
org-accounts-bad-hours = عددی از ۱ تا ۱۶۸ (ساعت) بفرستید، مثلاً ۲۴.
org-history-button-open = همهٔ ارسال‌ها (همهٔ گفت‌وگوها)
org-history-button-newer = ‹ جدیدتر
org-history-button-older = قدیمی‌تر ›
org-history-button-operator = انتخاب همکار
org-history-button-account = انتخاب حساب
org-history-button-state = انتخاب وضعیت
org-history-button-all = همه
org-history-choose = ارسال‌ها را به کدام محدود کنیم؟
