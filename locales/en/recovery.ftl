# A send interrupted by a restart: what is known of each batch; zero lines are left out.

recovery-interrupted-send =
    ⚠️ One of your sends was interrupted when the bot restarted. Of its { $total ->
        [one] { $total } batch
       *[other] { $total } batches
    }:{ $confirmed ->
        [0] {""}
       *[other] {""}
            • { $confirmed ->
                [one] { $confirmed } batch was
               *[other] { $confirmed } batches were
            } sent and confirmed (send ids: { $bulk_ids })
    }{ $unknown ->
        [0] {""}
       *[other] {""}
            • { $unknown ->
                [one] { $unknown } batch is
               *[other] { $unknown } batches are
            } unknown
    }{ $failed ->
        [0] {""}
       *[other] {""}
            • { $failed ->
                [one] { $failed } batch
               *[other] { $failed } batches
            } failed
    }{ $not_started ->
        [0] {""}
       *[other] {""}
            • { $not_started ->
                [one] { $not_started } batch was
               *[other] { $not_started } batches were
            } never sent
    }
    Nothing is re-sent automatically. Check the delivery report from /history before sending again.
