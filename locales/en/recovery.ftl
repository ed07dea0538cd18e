recovery-interrupted-send =
    ⚠️ One of your sends was interrupted when the bot restarted.
    Of { $total } batches: { $confirmed } were sent and confirmed (bulk ids: { $bulk_ids }), { $unknown } are unknown, { $failed } failed and { $not_started } were never sent.
    Nothing is re-sent automatically. Check the delivery report with /history before sending again.
