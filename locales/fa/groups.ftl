# Group chats: /report (today's sends of this group) and refusals.

groups-admins-only = در گروه، این دستور فقط برای مدیران ربات است که مدیر همین گروه هم باشند.
groups-report-title = ارسال‌های امروز این گروه ({ $date }):
groups-report-line = { $state }: { $count } ارسال به { $recipients } گیرنده
groups-report-total = جمع: { $count } ارسال به { $recipients } گیرنده
groups-report-empty = امروز از این گروه پیامکی فرستاده نشده است.
groups-state-pending = در انتظار پاسخ پنل
groups-state-sent = فرستاده‌شده
groups-state-failed = ناموفق
groups-state-unknown = نامعلوم (پیش از ارسال دوباره، گزارش تحویل را ببینید)
