# Group chats: /report (today's sends of this group) and refusals.

groups-admins-only = این دستور فقط برای مدیران ربات است؛ در گروه باید مدیر همین گروه هم باشید.
groups-report-title = ارسال‌های امروز این گفت‌وگو ({ $date }):
groups-report-line = { $state }: { $count } درخواست برای { $recipients } گیرنده
groups-report-total = جمع: { $count } درخواست برای { $recipients } گیرنده
groups-report-empty = امروز از این گفت‌وگو پیامکی فرستاده نشده است.
groups-state-pending = در انتظار پاسخ پنل
groups-state-sent = ارسال‌شده
groups-state-failed = ناموفق
groups-state-unknown = نامعلوم (پیش از ارسال دوباره، گزارش را ببینید)
