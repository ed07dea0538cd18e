# Group chats: /report (today's sends of this group) and refusals.

groups-admins-only = In a group, this command is only for bot admins who also administer this group.
groups-report-title = Today's sends from this group ({ $date }):
groups-report-line = { $state }: { $count ->
        [one] { $count } send
       *[other] { $count } sends
    } to { $recipients ->
        [one] { $recipients } recipient
       *[other] { $recipients } recipients
    }
groups-report-total = Total: { $count ->
        [one] { $count } send
       *[other] { $count } sends
    } to { $recipients ->
        [one] { $recipients } recipient
       *[other] { $recipients } recipients
    }
groups-report-empty = Nothing was sent from this group today.
groups-state-pending = waiting for the panel
groups-state-sent = sent
groups-state-failed = failed
groups-state-unknown = unknown (check the delivery report before sending again)
