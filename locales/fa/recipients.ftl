# Recipients gathered from many messages and files (/send, /social), the list at the preview
# (add, see, remove), "this looks like numbers" and «متن‌های آماده» at the text step.
# Steps shared by /send and /social say «متن», not «پیامک». A count of zero is left out.

## The running count (after each message or file of numbers)

recipients-total = فهرست تا این‌جا: { $accepted } گیرنده
recipients-total-rejected = { $count } نامعتبر
recipients-total-duplicates = { $count } تکراری
recipients-nothing-new = شمارهٔ تازه‌ای از این پیام به فهرست اضافه نشد.
recipients-over-cap = فهرست یک ارسال حداکثر { $max } گیرنده دارد؛ { $count } شماره اضافه نشد.
recipients-gather-more =
    اگر شماره‌های دیگری هم هست، آن‌ها را (در چند پیام یا فایل) بفرستید تا به همین فهرست اضافه شوند.
    اگر فهرست کامل است، «ادامه» را بزنید یا متن را بفرستید.
recipients-gather-more-preview =
    شماره‌ها یا فایل‌های دیگر را بفرستید تا به فهرست اضافه شوند، سپس «ادامه» را بزنید تا به پیش‌نمایش برگردید.
recipients-button-continue = ادامه
recipients-hint-gather = لطفاً شماره‌ها یا فایل دیگری بفرستید، یا «ادامه» را بزنید. برای لغو، /cancel را بفرستید.

## At the text step

recipients-looks-like-numbers =
    این پیام بیشتر شبیه شمارهٔ تلفن است ({ $count } شمارهٔ معتبر) تا متن.
    به گیرندگان اضافه شود یا همین، متن ارسال باشد؟
recipients-button-add-these = افزودن به گیرندگان
recipients-button-use-as-text = استفاده به‌عنوان متن
recipients-hint-numbers-question = لطفاً یکی از دو دکمه را بزنید یا متن دیگری بفرستید. برای لغو، /cancel را بفرستید.
recipients-hint-templates = لطفاً یکی از متن‌های آماده را بزنید یا متن را بفرستید. برای لغو، /cancel را بفرستید.

## At the preview: add, see, remove, replace

recipients-button-add = افزودن گیرنده
recipients-button-view = دیدن گیرندگان
recipients-button-remove = حذف شماره
recipients-button-back = بازگشت به پیش‌نمایش
recipients-ask-add =
    شماره‌های تازه را بفرستید (هر شماره در یک خط یا جدا شده با ویرگول)، یا فایلی که شماره‌ها در آن است. فهرست اکنون { $count } گیرنده دارد.
recipients-ask-replace =
    فهرست تازهٔ گیرندگان را بفرستید؛ جای فهرست فعلی ({ $count } گیرنده) را می‌گیرد.
    برای افزودن به فهرست فعلی، در پیش‌نمایش «افزودن گیرنده» را بزنید.
recipients-page-title = گیرندگان پذیرفته‌شده: { $count } (صفحهٔ { $page } از { $pages })
recipients-page-line = { $position }. { $number }
recipients-ask-remove =
    شماره‌هایی را که باید از فهرست حذف شوند بفرستید (به هر شکلی: ۰۹۱۲…، +۹۸۹۱۲…، هر کدام در یک خط یا جدا شده با ویرگول)، یا فایلی که آن‌ها در آن است.
recipients-hint-remove = لطفاً شماره‌هایی را که باید حذف شوند به‌صورت متن یا فایل بفرستید، یا برای لغو، /cancel را بفرستید.
recipients-removed = { $count } شماره از فهرست حذف شد.
recipients-removed-absent = { $count } شماره در فهرست نبود.
recipients-remove-none-valid = در این پیام شمارهٔ معتبری نبود و چیزی حذف نشد. لطفاً شماره‌ها را دوباره بفرستید.
recipients-list-emptied = همهٔ شماره‌ها حذف شدند و فهرست خالی است.
