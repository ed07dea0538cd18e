# The preview's guard (a send that would surely fail offers no Send) and its actions:
# change the sender line, send later, save as a saved text, a test send to oneself.

## A preview that would fail

preview-blocked-empty-text = ⛔ The SMS text is empty (only spaces or invisible characters) and cannot be sent. Tap "Edit text".
preview-blocked-no-recipients = ⛔ This send has no recipients and cannot be sent. Choose other recipients.
preview-blocked-credit =
    ⛔ The panel account's credit is not enough for this send: { $shortfall } rials short.
    The current credit covers { $covered ->
        [one] { $covered } recipient.
       *[other] { $covered } recipients.
    }
preview-blocked-credit-none = ⛔ The panel account's credit is not enough for this send: { $shortfall } rials short, and the current credit does not cover even one recipient. Add credit, then ask for the preview again.
preview-blocked-credit-hidden = ⛔ The panel account's credit is not enough for this send. Ask a group administrator to add credit.
preview-button-send-covered = Send to the first { $count }
preview-covered-notice = The list was cut to its first { $count ->
        [one] recipient
       *[other] { $count } recipients
    }; { $dropped ->
        [one] { $dropped } other is
       *[other] { $dropped } others are
    } not in this send.
preview-blocked-alert = This send cannot go out as it stands; the preview says why.

## Changing the sender line

preview-button-change-line = Change line
preview-line-changed = The sender line is now { $sender }.
preview-line-refused-retry =
    Sending from { $sender } was refused: { $reason }
    Choose another line; then the preview of the { $count ->
        [one] { $count } recipient who got
       *[other] { $count } recipients who got
    } nothing is shown.
preview-button-retry-other-line = Send again from another line

## Send later

preview-scheduled-gone = This preview is no longer valid. Prepare the send again to schedule it.

## Test send to oneself

preview-button-test-self = Test send to me
preview-ask-own-number =
    Type your own mobile number to receive the test SMS, e.g. 09121234567.
    It is asked only once and kept in your settings.
preview-hint-own-number = Please type your own mobile number, e.g. 09121234567. To cancel, send /cancel.
preview-own-number-invalid = This mobile number is not right. Type it like this: 09121234567.
preview-test-sent = The test SMS went to { $number } (send id: { $bulk_id }). It does not count toward this send; the preview is still ready.
preview-test-failed = The test SMS was not sent: { $reason }
preview-test-already = The test SMS of this button was sent. For another test send, tap the preview's new button.
preview-settings-own-number = Your mobile number for test sends: { $number }
preview-button-forget-own-number = Forget my mobile number
preview-own-number-forgotten = Your mobile number was forgotten; the next test send asks for it again.
preview-retry-credit-short = The panel account's credit is still not enough to send to all these recipients again. The preview shows how much is missing and how many recipients it covers.
preview-button-retry-preview = Preview the send again
