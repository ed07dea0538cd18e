# Scheduled sends (ارسال زمان‌بندی‌شده): asking when, refusals, sending hours, /scheduled;
# and resend to the failed («ارسال دوباره به ناموفق‌ها») on a job's delivery report.

## Asking when (at every preview)

schedule-button-later = ارسال در زمانی دیگر
schedule-ask =
    چه زمانی فرستاده شود؟ یکی از دکمه‌ها را بزنید،
    یا تاریخ و ساعت را به وقت تهران بنویسید، مثلاً ۱۴۰۵/۰۹/۱۲ ۱۰:۳۰ یا «فردا ۹:۳۰».
schedule-hint = لطفاً یکی از دکمه‌ها را بزنید یا تاریخ و ساعت را بنویسید (مثلاً «فردا ۹:۳۰»). برای لغو، /cancel را بفرستید.
schedule-quick-hour = یک ساعت دیگر
schedule-quick-tonight = امشب ساعت ۲۰:۰۰
schedule-quick-tomorrow = فردا ساعت ۹:۰۰

## A typed time that cannot be used

schedule-problem-empty = زمانی نوشته نشده است. تاریخ و ساعت را بنویسید، مثلاً «فردا ۹:۳۰».
schedule-problem-too-long = این متن برای یک زمان بیش از اندازه بلند است. فقط تاریخ و ساعت را بنویسید، مثلاً ۱۴۰۵/۰۹/۱۲ ۱۰:۳۰.
schedule-problem-unreadable = این زمان خوانده نشد. تاریخ و ساعت را این‌گونه بنویسید: ۱۴۰۵/۰۹/۱۲ ۱۰:۳۰، «فردا ۹:۳۰» یا «امروز ۱۸».
schedule-problem-missing-time = ساعت را هم بنویسید، مثلاً «فردا ۹:۳۰».
schedule-problem-bad-date = این تاریخ در تقویم نیست. تاریخ را شمسی بنویسید، مثلاً ۱۴۰۵/۰۹/۱۲.
schedule-problem-bad-time = این ساعت درست نیست. ساعت را از ۰:۰۰ تا ۲۳:۵۹ بنویسید، مثلاً ۹:۳۰.
schedule-problem-gregorian = لطفاً تاریخ را شمسی بنویسید، مثلاً ۱۴۰۵/۰۹/۱۲ ۱۰:۳۰.
schedule-problem-past = این زمان گذشته است. زمانی در آینده بنویسید یا یکی از دکمه‌ها را بزنید.
schedule-problem-past-suggest = این ساعت امروز گذشته است. اگر منظورتان فرداست، «فردا» را هم بنویسید: { $suggestion }
schedule-problem-too-far = ارسال را حداکثر تا یک سال آینده می‌توان زمان‌بندی کرد.

## Sending hours of the panel

schedule-outside-hours =
    پنل فقط از ساعت ۸ تا ۲۳ به وقت تهران ارسال می‌کند و { $time } بیرون از این ساعت‌هاست.
    نخستین زمان مجاز: { $next }
schedule-button-next-allowed = ارسال در { $next }
schedule-button-other-time = زمانی دیگر

## Accepted

schedule-confirmed = ارسال برای { $when } زمان‌بندی شد. در آن زمان ارسال آغاز می‌شود و نتیجه همین‌جا گفته می‌شود.
schedule-started-late = ارسال زمان‌بندی‌شده برای { $when } بود، اما ربات در آن زمان در دسترس نبود؛ ارسال اکنون آغاز شد.
schedule-no-credit = ارسال زمان‌بندی‌شده برای { $when } آغاز نشد: اعتبار حساب پنل برای آن کافی نیست. چیزی فرستاده نشد؛ پس از افزایش اعتبار، ارسال را دوباره آماده کنید.
schedule-held = ارسال زمان‌بندی‌شده برای { $when } بود، اما ربات در آن زمان در دسترس نبود و اکنون پنل ارسال نمی‌کند (بیرون از ساعت ۸ تا ۲۳)؛ ارسال در { $next } آغاز می‌شود.

## /scheduled: pending scheduled sends

scheduled-command = ارسال‌های زمان‌بندی‌شده
scheduled-title = ارسال‌های زمان‌بندی‌شده:
scheduled-empty = ارسال زمان‌بندی‌شده‌ای در انتظار نیست.
scheduled-line = { $when } · { $target } · { $count } گیرنده · { $who }
scheduled-more = فقط نزدیک‌ترین ارسال‌ها نشان داده شده‌اند؛ ارسال‌های دیرتر پس از این‌ها در فهرست می‌آیند.
scheduled-target-numbers = شماره‌های واردشده
scheduled-button-cancel = لغو این ارسال
scheduled-button-change-time = تغییر زمان
scheduled-button-send-now = ارسال فوری
scheduled-cancelled = ارسال زمان‌بندی‌شده برای { $when } لغو شد؛ چیزی فرستاده نشد.
scheduled-started-now = ارسال آغاز شد؛ پیشرفت و نتیجهٔ آن همین‌جا گفته می‌شود.
scheduled-time-changed = زمان ارسال به { $when } تغییر کرد.
scheduled-gone = این ارسال دیگر در انتظار نیست. برای دیدن فهرست تازه، /scheduled را بفرستید.

## Resend to the failed (on a job's delivery report)

resend-button = ارسال دوباره به ناموفق‌ها
resend-none = گیرنده‌ای نیست که پیامک به او نرسیده باشد.
resend-summary = { $count ->
        [one] { $count } گیرنده پیامک را نگرفته است و دوباره برایش فرستاده می‌شود.
       *[other] { $count } گیرنده پیامک را نگرفته‌اند و دوباره برایشان فرستاده می‌شود.
    }
resend-in-progress = { $count ->
        [one] { $count } گیرنده هنوز وضعیت نهایی ندارد و در این ارسال نیست.
       *[other] { $count } گیرنده هنوز وضعیت نهایی ندارند و در این ارسال نیستند.
    }
resend-blacklisted = { $count ->
        [one] { $count } گیرنده در فهرست سیاه پنل است و دوباره برایش فرستاده نمی‌شود.
       *[other] { $count } گیرنده در فهرست سیاه پنل هستند و دوباره برایشان فرستاده نمی‌شود.
    }
resend-unknown = نتیجهٔ ارسال برای { $count } گیرنده روشن نیست؛ این گیرندگان دوباره فرستاده نمی‌شوند.
resend-unknown-batches = نتیجهٔ { $count } دسته روشن نیست و گیرندگان آن‌ها را نمی‌دانیم؛ این دسته‌ها دوباره فرستاده نمی‌شوند.
