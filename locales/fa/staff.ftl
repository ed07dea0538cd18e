# Staff management (/staff): list, add, remove, change role.

staff-admins-only = فقط مدیران ربات می‌توانند کارکنان را مدیریت کنند.
staff-not-chat-admin = در گروه، این دستور فقط برای مدیران ربات است که مدیر همین گروه هم باشند.
staff-list-title = کارکنان ربات:
staff-line = { $name } — { $role } — افزوده‌شده در { $added }
staff-user-named = { $name } ({ $user_id })
staff-user-unnamed = همکار { $user_id }
staff-role-admin = مدیر
staff-role-operator = اپراتور
staff-button-add = افزودن همکار
staff-button-make-admin = تبدیل به مدیر
staff-button-make-operator = تبدیل به اپراتور
staff-button-remove = حذف از کارکنان
staff-member-title =
    { $name }
    نقش: { $role }
    افزوده‌شده در { $added }
staff-ask-user = شناسهٔ عددی همکار را بفرستید، یا پیامی از او را اینجا هدایت کنید. در گروه، به همین پیام پاسخ دهید.
staff-bad-user = این یک شناسهٔ کاربری نیست. شناسهٔ عددی همکار را بفرستید یا پیامی از او را هدایت کنید.
staff-hidden-user = فرستندهٔ این پیام حسابش را در هدایت پیام پنهان کرده است؛ شناسهٔ عددی او را بفرستید.
staff-no-bots = ربات‌ها نمی‌توانند جزو کارکنان باشند.
staff-choose-role = نقش { $name } را انتخاب کنید:
staff-added = { $name } با نقش { $role } به کارکنان افزوده شد.
staff-role-changed = نقش { $name } اکنون { $role } است.
staff-removed = { $name } از کارکنان حذف شد.
staff-not-member = { $name } جزو کارکنان نیست.
staff-last-admin = این کار انجام نشد: ربات باید دست‌کم یک مدیر داشته باشد. ابتدا همکار دیگری را مدیر کنید.
staff-usage =
    مدیریت کارکنان:
    /staff — فهرست کارکنان و دکمه‌ها
    /staff add شناسه نقش — افزودن (نقش: مدیر یا اپراتور)
    /staff add — در پاسخ به پیام یک همکار در گروه
    /staff remove شناسه — حذف
    /staff role شناسه نقش — تغییر نقش
staff-hint-user = لطفاً شناسهٔ عددی همکار را بفرستید یا پیامی از او را به اینجا هدایت کنید. برای لغو، /cancel را بفرستید.
staff-list-closed = فهرست کارکنان بسته شد. هر تغییر همان لحظه ذخیره شده است.
staff-confirm-remove = { $name } از کارکنان حذف شود؟
staff-confirm-remove-self = خودتان را از کارکنان حذف می‌کنید؟ پس از آن دیگر به ربات دسترسی ندارید.
staff-confirm-self-demote = نقش خودتان را به اپراتور تغییر می‌دهید؟ پس از آن دیگر نمی‌توانید کارکنان را مدیریت کنید.
staff-self-last-admin = این کار انجام نشد: شما تنها مدیر ربات هستید. اول همکار دیگری را مدیر کنید.
staff-unknown-role = نقش «{ $word }» را نمی‌شناسم. نقش‌ها: { $roles }
staff-roles = مدیر ({ $admin })، اپراتور ({ $operator })
staff-welcome = شما به کارکنان ربات پنل پیامک افزوده شدید (نقش: { $role }). برای دیدن کارهایی که می‌توانید انجام دهید، /help را بفرستید.
staff-welcome-not-sent = پیام خوشامد به او نرسید، چون هنوز ربات را باز نکرده است؛ از او بخواهید /start را بفرستد.
