# Job targeting (/jobs): job → tick its categories (trends) → count → SMS text → shared preview.

jobs-no-account = برای این گفت‌وگو هنوز حساب پنل ثبت نشده است. ابتدا با /login وارد شوید.
jobs-lost = اطلاعات این کار از دست رفته است. لطفاً دوباره /jobs را بفرستید.
jobs-choose-job =
    شغل گیرندگان را انتخاب کنید.
    برای جست‌وجو، چند حرف از نام شغل را بنویسید.
jobs-filtered = شغل‌های دارای «{ $query }»: { $count } شغل
jobs-show-all = نمایش همهٔ شغل‌ها
jobs-no-match = هیچ شغلی با «{ $query }» پیدا نشد. حروف دیگری از نام را بنویسید.
jobs-hint-job = لطفاً شغل را از فهرست انتخاب کنید یا چند حرف از نام آن را بنویسید. برای لغو، /cancel را بفرستید.
jobs-no-trends = برای «{ $job }» هیچ گرایشی در پنل نیست. شغل دیگری انتخاب کنید.
jobs-choose-trends = گرایش‌های «{ $job }» را انتخاب کنید و سپس «تمام» را بزنید.
jobs-none-chosen = ⚠️ هنوز هیچ گرایشی انتخاب نکرده‌اید. دست‌کم یک گرایش را انتخاب کنید.
jobs-list-separator = {"، "}
jobs-target = { $job }: { $trends }
jobs-count =
    هدف: { $target }
    تعداد شماره‌ها: { $count }
jobs-ask-text = اکنون متن پیامک را بفرستید.
jobs-count-empty = در گرایش‌های انتخاب‌شده هیچ شماره‌ای نیست. با «بازگشت» چیز دیگری انتخاب کنید.
