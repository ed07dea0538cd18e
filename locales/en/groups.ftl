# Group chats: /report (today's sends of this group) and refusals.

groups-admins-only = This command is only for bot admins; in a group you must also administer the group.
groups-report-title = Today's sends from this chat ({ $date }):
groups-report-line = { $state }: { $count } requests for { $recipients } recipients
groups-report-total = Total: { $count } requests for { $recipients } recipients
groups-report-empty = Nothing was sent from this chat today.
groups-state-pending = waiting for the panel
groups-state-sent = sent
groups-state-failed = failed
groups-state-unknown = unknown (check the report before sending again)
