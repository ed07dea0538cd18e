# Postal-code targeting (/postal): area or typed code → operator → gender → count → message.

postal-no-account = برای این گفت‌وگو هنوز حساب پنل ثبت نشده است. ابتدا با /login وارد شوید.
postal-lost = اطلاعات این کار از دست رفته است. لطفاً دوباره /postal را بفرستید.
postal-choose-area =
    یکی از مناطق تهران را انتخاب کنید.
    برای جست‌وجو بخشی از نام منطقه را بنویسید، یا کد پستی ده‌رقمی را مستقیم بفرستید.
postal-area-option = { $area } ({ $code })
postal-filtered = مناطق شامل «{ $query }»: { $count } مورد
postal-show-all = نمایش همهٔ مناطق
postal-no-match = هیچ منطقه‌ای با «{ $query }» پیدا نشد. بخش دیگری از نام را بنویسید یا کد پستی ده‌رقمی را بفرستید.
postal-code-length = کد پستی باید ده رقم باشد، اما { $digits } رقم فرستادید. لطفاً کد پستی کامل را بفرستید.
postal-hint-area = لطفاً منطقه را از فهرست انتخاب کنید، بخشی از نام آن را بنویسید یا کد پستی ده‌رقمی را بفرستید. برای انصراف /cancel را بفرستید.
postal-target-area = منطقهٔ { $area } (کد پستی { $code })
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
    گیرندگان: { $gender }
    تعداد شماره‌ها: { $count }
postal-ask-text = اکنون متن پیامک را بفرستید.
postal-count-empty = در این هدف هیچ شماره‌ای نیست. با «بازگشت» انتخاب دیگری بکنید.
postal-draft-target = { $target }، { $operator }، { $gender }
postal-no-sender = خط فرستندهٔ پیش‌فرضی برای این حساب ثبت نشده است. ابتدا در /settings خط پیش‌فرض را تعیین کنید.
