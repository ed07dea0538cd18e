# Phone books (/books): tick books → sender line → message → shared preview.

books-no-account = برای این گفت‌وگو هنوز حساب پنل ثبت نشده است. ابتدا با /login وارد شوید.
books-empty = در حساب پنل هیچ دفترچهٔ تلفنی وجود ندارد.
books-lost = اطلاعات این کار از دست رفته است. لطفاً دوباره /books را بفرستید.
books-choose = دفترچه‌های تلفنی گیرنده را انتخاب کنید و سپس «تمام» را بزنید.
books-option = { $title } ({ $size })
books-chosen = انتخاب‌شده: { $count } دفترچه، حدود { $recipients } گیرنده
books-chosen-unsized = انتخاب‌شده: { $count } دفترچه
books-none-chosen = ⚠️ هنوز هیچ دفترچه‌ای انتخاب نکرده‌اید. دست‌کم یک دفترچه را انتخاب کنید.
books-sender = پیامک از کدام خط فرستاده شود؟ یکی را انتخاب کنید یا شمارهٔ خط را بفرستید.
books-sender-default = { $line } (پیش‌فرض)
books-sender-invalid = این شمارهٔ خط معتبر نیست. یک شمارهٔ خط (فقط رقم) بفرستید یا یکی از دکمه‌ها را بزنید.
books-ask-text =
    ارسال به { $books } دفترچه از خط { $line }.
    اکنون متن پیامک را بفرستید.
books-list-separator = {"، "}
