# Sending (/send, /social, one-shot syntax) and the shared preview → confirm → result path.
# Steps shared by /send (SMS) and /social (Telegram/Viber) say "text" and "send", not "SMS".

## Steps of the flow

send-choose-network = Which messenger should the message go through?
send-choose-sender = Which sender line should send it? Tap a button or type the line's number.
send-default-sender = { $sender } (default)
send-sender-invalid = That sender line does not look right. Type digits only (e.g. { $example }), or tap a button.
send-sender-not-yours = This sender line is not on your panel account. The account's sender lines: { $lines }. Please tap a button or type one of these lines.
send-sender-no-shape = This number does not look like a sender line: a sender line starts with 1000, 2000, 3000, 5000 or 9000, or is a landline with its area code (a mobile is not a sender line). Known lines: { $lines }
send-ask-recipients =
    Send the recipients' numbers: one per line (or separated by commas),
    or a .txt, .csv or .xlsx file holding them.
send-hint-recipients = Please send the numbers as text or as a .txt, .csv or .xlsx file, or send /cancel to cancel.
send-hint-sender = Please tap a button or type the line's number, or send /cancel to cancel.
send-ask-text = Now send the text.
send-ask-new-text = Send the new text.

## Recipients (a line whose count is zero is left out)

send-recipients-summary =
    { $valid ->
        [one] { $valid } valid number received.
       *[other] { $valid } valid numbers received.
    }{ $duplicates ->
        [0] {""}
       *[other] {""}
            Duplicates dropped: { $duplicates }
    }{ $rejected ->
        [0] {""}
       *[other] {""}
            Rejected: { $rejected }
    }
send-recipients-valid = { $count ->
    [one] 1 valid number received.
   *[other] { $count } valid numbers received.
}
send-recipients-duplicates = Duplicates dropped: { $count }
send-recipients-rejected = Rejected: { $count }
send-rejected-title = These were not accepted:
send-rejected-line = • { $token } — { $reason }
send-rejected-more = … and { $count } more
send-recipients-none = No valid number was found. Please check the list and send it again.
send-reason-too-short = shorter than a mobile number
send-reason-too-long = longer than a mobile number
send-reason-not-mobile = a landline, not a mobile
send-reason-foreign = a number outside Iran
send-reason-not-a-number = not a number
send-reason-invalid-chars = contains letters or symbols
send-reason-bad-prefix = wrong prefix
send-file-unsupported = This file could not be read ({ $kind }). Please send a .txt, .csv or .xlsx file.
send-file-too-large = The file is larger than { $megabytes } MB. Please split the list into smaller files.
send-file-unreadable = This file could not be opened. Please save it again and resend it.

## Uploaded lists: refusals (every workbook kind, bounds on real cost)

send-file-reading = Reading the list; please wait…
send-file-unsupported-kind = This file could not be read ({ $kind }). Please send the list as a .txt, .csv, .xlsx, .xls, .xlsb or .ods file.
send-file-empty = This file is empty: there are no numbers in it. Please send a file with the numbers.
send-file-broken = This file is damaged or was not sent completely and cannot be opened. Please open it in your spreadsheet program, save it again and send it.
send-file-encrypted = This file is password protected and cannot be read. Please remove the password, save the file again and send it.
send-file-compression = This file was saved with a compression method that cannot be read. Please save it as .xlsx in your spreadsheet program and send it.
send-file-inflates-too-much = Once opened, this file holds more than { $limit } MB. Please send the list in several smaller files.
send-file-too-many-rows = This file has more than { $limit } rows. Please send the list in several smaller files.
send-file-cell-too-long = A cell of this file is over { $limit } KB and is not a phone number. Please check the file and send it again.
send-file-too-slow = Reading this file took more than { $seconds } seconds and was stopped. Please send the list in several smaller files.

## The text

send-text-empty = The text is empty. Please send the text.
send-text-too-long = This text counts as { $parts } SMS; at most { $max_parts } SMS are allowed. Please send a shorter text.

## One-shot syntax: /send, then numbers on the next lines, then the text

send-oneshot-usage =
    For a quick send, put everything in one message:
    /send on the first line, the numbers on the next lines (one or more per line),
    then the SMS text. The first line that is not numbers starts the SMS text.

send-oneshot-syntax =
    For a quick send, put everything in one message: /send, then the numbers (on the same line or the next lines), then the SMS text. The text starts at the first line with letters, or after a blank line.
    Example:
    /send 09121234567
    Hello, the meeting is tomorrow at 10.

## Preview

send-preview-title = Preview:
send-preview-sender = Sender line: { $sender }
send-preview-network = Messenger: { $network }
send-preview-target = Recipients: { $target }
send-preview-characters = Characters: { $characters } ({ $encoding })
send-encoding-gsm7 = Latin
send-encoding-ucs2 = Unicode
send-preview-parts = This text counts as { $parts } SMS
send-preview-recipients = Recipients: { $count }
send-preview-recipients-estimated = Estimated recipients: { $count }
send-preview-total-parts = Total SMS: { $total }
send-preview-cost = Estimated cost: { $amount } rials
send-preview-credit = Current panel account credit: { $amount } rials
send-preview-credit-unknown = The current credit could not be read from the panel.
send-preview-credit-low = ⚠️ The panel account's credit looks insufficient for this send.
send-preview-outdated = This preview is no longer valid and nothing was sent with it. Please use the latest preview or send /send again.
send-not-logged-in = This chat has no panel account yet. Sign in with /login first.

## Sending and the result

send-sending = Sending… { $done } of { $total ->
        [one] { $total } recipient
       *[other] { $total } recipients
    }
send-sending-toast = Sending…
send-result-sent = ✅ Sent to { $count ->
        [one] { $count } recipient.
       *[other] { $count } recipients.
    }
send-result-bulk = Send id: { $bulk_id }
send-result-batch = Batch { $index }: { $count ->
        [one] { $count } recipient
       *[other] { $count } recipients
    }, send id { $bulk_id }
send-result-unknown =
    ⚠️ We cannot tell whether every batch went out: the panel's answer never reached the bot.
    The remaining batches were not sent. Check the delivery report or the history (/history) before sending again, so nobody gets it twice.
send-result-unsent = { $count ->
        [one] { $count } recipient has not received anything yet; its preview is below, fix it and send again.
       *[other] { $count } recipients have not received anything yet; their preview is below, fix it and send again.
    }
send-result-failed-code = Not sent (panel error code { $code }).
send-already-sent = This send was already confirmed and done; it is not sent again.
send-button-delivery = Delivery report { $bulk_id }
send-button-status = Send status { $bulk_id }
