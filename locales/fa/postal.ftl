# Postal-code targeting (/postal): area or typed code → operator → gender → count → SMS text.

postal-no-account = برای این گفت‌وگو هنوز حساب پنل ثبت نشده است. ابتدا با /login وارد شوید.
postal-lost = اطلاعات این کار از دست رفته است. لطفاً دوباره /postal را بفرستید.
postal-choose-area =
    محله‌های تهران را انتخاب کنید (یک یا چند محله) و سپس «تمام» را بزنید.
    برای جست‌وجو، چند حرف از نام محله را بنویسید، یا کد پستی ده‌رقمی را بفرستید تا به انتخاب‌ها اضافه شود.
postal-area-option = { $area } ({ $code })
postal-filtered = محله‌های دارای «{ $query }»: { $count } محله
postal-show-all = نمایش همهٔ محله‌ها
postal-no-match = هیچ محله‌ای با «{ $query }» پیدا نشد. حروف دیگری از نام را بنویسید یا کد پستی ده‌رقمی را بفرستید.
postal-code-length = کد پستی ده رقم است، اما { $digits } رقم فرستادید. لطفاً کد پستی کامل را بفرستید.
postal-hint-area = لطفاً محله را از فهرست انتخاب کنید، چند حرف از نام آن را بنویسید یا کد پستی ده‌رقمی را بفرستید. برای لغو، /cancel را بفرستید.
postal-target-area = محلهٔ { $area } (کد پستی { $code })
postal-target-code = کد پستی { $code }
postal-choose-operator =
    هدف: { $target }
    پیامک به مشترکان کدام اپراتور فرستاده شود؟
postal-choose-gender =
    هدف: { $target }
    اپراتور: { $operator }
    پیامک برای چه کسانی فرستاده شود؟
postal-count =
    هدف: { $target }
    اپراتور: { $operator }
    جنسیت: { $gender }
    تعداد شماره‌ها: { $count }
postal-ask-text = اکنون متن پیامک را بفرستید.
postal-count-empty = در این هدف هیچ شماره‌ای نیست. با «بازگشت» چیز دیگری انتخاب کنید.
postal-draft-target = { $target }، { $operator }، { $gender }
