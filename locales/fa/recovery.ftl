# A send interrupted by a restart: what is known of each batch; zero lines are left out.

recovery-interrupted-send =
    ⚠️ یکی از ارسال‌های شما هنگام راه‌اندازی دوبارهٔ ربات نیمه‌کاره ماند. از { $total } دستهٔ آن:{ $confirmed ->
        [0] {""}
       *[other] {""}
            • { $confirmed } دسته فرستاده و تأیید شد (شناسهٔ ارسال: { $bulk_ids })
    }{ $unknown ->
        [0] {""}
       *[other] {""}
            • وضعیت { $unknown } دسته نامعلوم است
    }{ $failed ->
        [0] {""}
       *[other] {""}
            • { $failed } دسته با خطا روبه‌رو شد
    }{ $not_started ->
        [0] {""}
       *[other] {""}
            • { $not_started } دسته اصلاً فرستاده نشد
    }
    هیچ پیامکی خودکار دوباره فرستاده نمی‌شود. پیش از ارسال دوباره، گزارش تحویل را از /history ببینید.
