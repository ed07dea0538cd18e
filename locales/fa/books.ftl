# Phone books (/books): tick books → sender line → SMS text → shared preview.

books-no-account = برای این گفت‌وگو هنوز حساب پنل ثبت نشده است. ابتدا با /login وارد شوید.
books-empty = حساب پنل هیچ دفترچهٔ تلفن ندارد.
books-lost = اطلاعات این کار از دست رفته است. لطفاً دوباره /books را بفرستید.
books-choose = دفترچه‌های تلفن گیرنده را انتخاب کنید و سپس «تمام» را بزنید.
books-option = { $title } ({ $size })
books-chosen = انتخاب‌شده: { $count } دفترچهٔ تلفن، حدود { $recipients } گیرنده
books-chosen-unsized = انتخاب‌شده: { $count } دفترچهٔ تلفن
books-none-chosen = ⚠️ هنوز هیچ دفترچه‌ای انتخاب نکرده‌اید. دست‌کم یک دفترچهٔ تلفن را انتخاب کنید.
books-sender = پیامک از کدام خط ارسال فرستاده شود؟ یکی را انتخاب کنید یا شمارهٔ خط را بفرستید.
books-ask-text =
    ارسال به { $books } دفترچهٔ تلفن از خط ارسال { $line }.
    اکنون متن پیامک را بفرستید.
books-list-separator = {"، "}
