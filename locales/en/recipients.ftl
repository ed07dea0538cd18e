# Recipients gathered from many messages and files (/send, /social), the list at the preview
# (add, see, remove), "this looks like numbers" and saved texts at the text step.

## The running count (after each message or file of numbers)

recipients-total = The list so far: { $accepted } { $accepted ->
        [one] recipient
       *[other] recipients
    }
recipients-total-rejected = { $count } invalid
recipients-total-duplicates = { $count } { $count ->
        [one] duplicate
       *[other] duplicates
    }
recipients-nothing-new = This message added no new number to the list.
recipients-over-cap = A send's list holds at most { $max } recipients; { $count } numbers were not added.
recipients-gather-more =
    If there are more numbers, send them (in several messages or files) and they are added to this list.
    If the list is complete, tap "Continue" or send the text now.
recipients-gather-more-preview =
    Send more numbers or files to add them to the list, then tap "Continue" to go back to the preview.
recipients-button-continue = Continue
recipients-hint-gather = Please send more numbers or a file, or tap "Continue". To cancel, send /cancel.

## At the text step

recipients-looks-like-numbers =
    This message looks more like phone numbers ({ $count } valid) than a text.
    Add them to the recipients, or use this as the text?
recipients-button-add-these = Add to the recipients
recipients-button-use-as-text = Use as the text
recipients-hint-numbers-question = Please tap one of the two buttons or send another text. To cancel, send /cancel.
recipients-hint-templates = Please tap a saved text or send the text. To cancel, send /cancel.

## At the preview: add, see, remove, replace

recipients-button-add = Add recipients
recipients-button-view = See recipients
recipients-button-remove = Remove numbers
recipients-button-back = Back to the preview
recipients-ask-add =
    Send the new numbers (one per line or separated by commas), or a file holding them. The list has { $count } recipients now.
recipients-ask-replace =
    Send the new list of recipients; it replaces the current list ({ $count } recipients).
    To add to the current list, tap "Add recipients" at the preview.
recipients-page-title = Accepted recipients: { $count } (page { $page } of { $pages })
recipients-page-line = { $position }. { $number }
recipients-ask-remove =
    Send the numbers to remove from the list (in any form: 0912…, +98912…, one per line or separated by commas), or a file holding them.
recipients-hint-remove = Please send the numbers to remove as text or as a file, or send /cancel to cancel.
recipients-removed = { $count } numbers removed from the list.
recipients-removed-absent = { $count } numbers were not in the list.
recipients-remove-none-valid = This message held no valid number; nothing was removed. Please send the numbers again.
recipients-list-emptied = Every number was removed and the list is empty.
