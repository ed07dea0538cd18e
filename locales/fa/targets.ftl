# Richer targeting (/postal several areas and both operators, «حداکثر تعداد»; /jobs several jobs).

targets-list-separator = {"، "}
targets-both-operators = همراه اول و ایرانسل
targets-button-both-operators = هر دو اپراتور
targets-typed-codes = کدهای پستی نوشته‌شده: { $codes }
targets-no-area = ⚠️ هنوز هیچ محله‌ای انتخاب نکرده‌اید. دست‌کم یک محله را انتخاب کنید یا کد پستی ده‌رقمی را بفرستید.
targets-too-many-areas = ⚠️ در یک ارسال حداکثر { $limit } محله یا کد پستی را می‌توانید انتخاب کنید.
targets-pick-count = • { $target }: { $count }
targets-postal-request = { $target } ({ $operator })
targets-postal-capped = { $requests }، { $gender }
targets-button-cap = حداکثر تعداد
targets-ask-cap =
    تعداد شماره‌ها: { $total }
    حداکثر به چند شماره فرستاده شود؟ عدد را بنویسید.
    پنل هر محله را برای هر اپراتور یک‌جا می‌فرستد؛ پس فقط محله‌هایی فرستاده می‌شوند که کامل زیر این تعداد جا شوند.
targets-cap-invalid = لطفاً حداکثر تعداد را فقط با رقم بنویسید (عددی بزرگ‌تر از صفر، مثلاً ۵۰۰).
targets-cap-too-small = کوچک‌ترین دسته { $smallest } شماره دارد و پنل آن را یک‌جا می‌فرستد. عددی دست‌کم { $smallest } بنویسید.
targets-hint-cap = لطفاً حداکثر تعداد را با رقم بنویسید یا «بازگشت» را بزنید. برای لغو، /cancel را بفرستید.
targets-cap-applied = حداکثر تعداد: { $cap } — ارسال به { $count } شماره در { $requests } دسته از { $total } دسته
targets-button-add-job = افزودن شغل دیگر
targets-too-many-jobs = ⚠️ در یک ارسال حداکثر { $limit } شغل را می‌توانید انتخاب کنید.
targets-jobs-separator = {"؛ "}
targets-jobs-chosen = شغل‌های انتخاب‌شده: { $jobs }
