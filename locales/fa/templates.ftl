# Saved texts («متن‌های آماده»): /templates, the text step and the preview;
# and personalised texts (a table with a header row fills «{نام}» and the like per recipient).

## The list (/templates, and «متن‌های آماده» at the text step)

templates-command = متن‌های آماده
templates-button = متن‌های آماده
templates-title = متن‌های آمادهٔ این حساب پنل ({ $total }):
templates-empty = هنوز متن آماده‌ای ذخیره نشده است. در پیش‌نمایش هر ارسال، «ذخیره به‌عنوان متن آماده» را بزنید.
templates-line = { $name } — { $first_words } ({ $parts } پیامک)
templates-no-account = متن‌های آماده از آنِ حساب پنل هستند و برای این گفت‌وگو هنوز حساب پنل ثبت نشده است. ابتدا با /login وارد شوید.
templates-pick = متن آماده‌ای را که می‌خواهید بزنید.
templates-shown =
    متن آمادهٔ «{ $name }» ({ $parts } پیامک):

    { $text }
templates-button-use = استفاده از این متن
templates-button-rename = تغییر نام
templates-button-delete = حذف
templates-button-back = بازگشت به فهرست
templates-gone = این متن آماده دیگر وجود ندارد. برای دیدن فهرست تازه، /templates را بفرستید.

## Saving (at the preview) and renaming

templates-button-save = ذخیره به‌عنوان متن آماده
templates-ask-name = برای این متن یک نام بنویسید (حداکثر { $max } کاراکتر)، مثلاً «تبریک نوروز».
templates-ask-new-name = نام تازهٔ «{ $name }» را بنویسید (حداکثر { $max } کاراکتر).
templates-hint-name = لطفاً نام را به‌صورت متن بنویسید. برای لغو، /cancel را بفرستید.
templates-saved = متن با نام «{ $name }» ذخیره شد.
templates-renamed = نام متن آماده به «{ $name }» تغییر کرد.
templates-confirm-delete = متن آمادهٔ «{ $name }» حذف شود؟
templates-button-confirm-delete = بله، حذف شود
templates-deleted = متن آمادهٔ «{ $name }» حذف شد.

## Refusals

templates-problem-empty-name = نام خالی است. یک نام کوتاه بنویسید، مثلاً «تبریک نوروز».
templates-problem-name-too-long = این نام بلندتر از { $max } کاراکتر است. لطفاً نام کوتاه‌تری بنویسید.
templates-problem-name-taken = متن آماده‌ای با نام «{ $name }» در این حساب پنل هست. لطفاً نام دیگری بنویسید.
templates-problem-limit-reached = این حساب پنل { $max } متن آماده دارد و بیش از این نگه داشته نمی‌شود. اول یکی را از /templates حذف کنید.
templates-problem-empty-text = متن پیامک خالی است و ذخیره نمی‌شود.
templates-problem-text-too-long = این متن بیش از { $max_parts } پیامک است و ذخیره نمی‌شود.
templates-problem-not-found = این متن آماده دیگر وجود ندارد. برای دیدن فهرست تازه، /templates را بفرستید.

## Personalised texts (a file with a header row)

personal-preview-title = متن هر گیرنده از ستون‌های فایل پر می‌شود. دو نمونه:
personal-preview-example =
    برای { $number }:
    { $text }
personal-preview-longest = بلندترین متن: { $parts } پیامک
personal-preview-total = جمع پیامک‌ها: { $parts }
personal-empty-values = برای { $count } گیرنده، ستونی که در متن آمده خالی است و جای آن خالی می‌ماند.
personal-unknown-names =
    این نام‌ها در متن آمده‌اند اما فایل چنین ستونی ندارد: { $names }
    ستون‌های فایل: { $columns }
    لطفاً متن را درست کنید یا فایل دیگری بفرستید.
personal-too-long = متن { $count } گیرنده پس از پر شدن بیش از { $max_parts } پیامک می‌شود. لطفاً متن کوتاه‌تری بفرستید.
personal-no-header = ردیف اول فایل نام ستون‌ها نیست (در آن شماره آمده است). برای متن شخصی، ردیف اول را نام ستون‌ها بگذارید، مثلاً «نام» و «موبایل».
personal-no-number-column = ستونی با شمارهٔ همراه در فایل پیدا نشد.
personal-no-recipients = در فایل هیچ شمارهٔ همراه معتبری زیر ردیف نام ستون‌ها نیست.
personal-rows-without-number = { $count } ردیف شمارهٔ همراه معتبر نداشت و کنار گذاشته شد.
personal-duplicates = { $count } ردیف شمارهٔ تکراری داشت؛ فقط نخستین ردیف هر شماره به کار رفت.
personal-table-dropped = شماره‌های تازه در آن فایل ستون‌دار نبودند: از این پس متن برای همه یکسان فرستاده می‌شود و نام‌های داخل آکولاد در آن پر نمی‌شوند.
personal-not-filled = ⚠️ در متن { $names } آمده، اما این فهرست از فایلی با نام ستون‌ها نیست: متن همان‌طور که هست، با همین آکولادها، فرستاده می‌شود.

## Menu button and command list

start-button-templates = 📝 متن‌های آماده
start-command-templates = متن‌های آمادهٔ حساب
