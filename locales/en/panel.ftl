# Panel vocabulary (bot/panel/codes.py): error codes, delivery statuses, bulk states,
# operators, genders and social networks. Every panel-error sentence shows its code.

## Panel error codes (ERROR_CODES)

panel-error-0 = The operation succeeded (code 0).
panel-error-1 = The SMS text is empty (code 1).
panel-error-2 = The panel account is restricted (code 2).
panel-error-3 = This sender line does not belong to this panel account (code 3).
panel-error-4 = No recipient was given (code 4).
panel-error-5 = Insufficient credit (code 5).
panel-error-6 = This text takes a number of SMS that is not allowed (code 6).
panel-error-7 = This sender line cannot send to many numbers at once (code 7).
panel-error-8 = Too many recipients (code 8).
panel-error-9 = Sending is not allowed at this hour (code 9).
panel-error-21 = Voice message: invalid file (code 21).
panel-error-22 = Voice message: file too large (code 22).
panel-error-23 = Voice message: invalid duration (code 23).
panel-error-98 = The recipient limit was exceeded (code 98).
panel-error-99 = The operator of this sender line is disconnected (code 99).
panel-error-100 = Phone book not found (code 100).
panel-error-101 = The phone book is empty (code 101).
panel-error-102 = This panel account has no access to this phone book (code 102).
panel-error-111 = Voice messages are not allowed for this panel account (code 111).
panel-error-131 = Voice message: invalid recipient (code 131).
panel-error-132 = Voice message: sending failed (code 132).
panel-error-266 = This account cannot use shared lines (code 266).
panel-error-301 = The username contains special characters (code 301).
panel-error-302 = No pricing has been set for this user (code 302).
panel-error-303 = No username was given (code 303).
panel-error-304 = This username is already taken (code 304).
panel-error-305 = No username was given (code 305).
panel-error-306 = No national id was given (code 306).
panel-error-307 = The national id is wrong (code 307).
panel-error-308 = The birth certificate number is invalid (code 308).
panel-error-309 = No birth certificate number was given (code 309).
panel-error-310 = No email was given (code 310).
panel-error-311 = No phone number was given (code 311).
panel-error-312 = The phone number is wrong (code 312).
panel-error-313 = No address was given (code 313).
panel-error-314 = No mobile number was given (code 314).
panel-error-315 = The mobile number is wrong (code 315).
panel-error-316 = The chosen package is wrong (code 316).
panel-error-317 = No password was given (code 317).
panel-error-404 = This pattern is not available (code 404).
panel-error-455 = This scheduled send was cancelled (code 455).
panel-error-456 = Invalid send id (code 456).
panel-error-458 = Invalid ticket id (code 458).
panel-error-962 = Wrong panel username or password (code 962).
panel-error-963 = This panel account is restricted or has invalid access (code 963).
panel-error-964 = This panel account has no reseller access (code 964).
panel-error-970 = Invalid pattern parameters (code 970).
panel-error-971 = Invalid pattern (code 971).
panel-error-972 = Invalid pattern recipient (code 972).
panel-error-992 = Sending is allowed only from 08:00 to 23:00 (code 992).
panel-error-993 = Phone books must be sent as a list (code 993).
panel-error-994 = Identity documents are required (code 994).
panel-error-995 = Bank card documents are required (code 995).
panel-error-996 = This pattern is inactive (code 996).
panel-error-997 = This pattern is not allowed (code 997).
panel-error-998 = This panel account's documents are not approved yet (code 998).
panel-error-1001 = Invalid username format (code 1001).
panel-error-1002 = The password is too weak (code 1002).
panel-error-1003 = Registration failed (code 1003).
panel-error-1004 = Registration failed (code 1004).
panel-error-1005 = Registration failed (code 1005).
panel-error-1006 = The send date is in the past (code 1006).

## Panel errors without a code of their own

panel-error-unknown = The panel returned an unknown error with code { $code }.
panel-error-text = The panel returned this error: { $text }
panel-bulk-not-found = The panel has no send with this send id.
panel-outcome-unknown =
    It is not known whether the send went out: the panel's answer never reached the bot.
    Before sending again, check the delivery report or the sending history so nobody gets it twice.
panel-unreachable = Could not reach the SMS panel. Please try again in a few minutes.
panel-bad-response = The SMS panel's answer could not be understood. Please try again in a few minutes.

## Delivery status of one number (DeliveryStatus)

delivery-status-notsync = Sending
delivery-status-send = Sent
delivery-status-pending = Reached the operator
delivery-status-failed = Not delivered to the handset
delivery-status-discarded = Blacklisted
delivery-status-delivered = Delivered to the handset
delivery-status-unknown = Unknown status ({ $raw })

## State of a bulk as a whole (BulkStatus, slug of the wire value)

bulk-status-finish = Finished
bulk-status-nocontactwiththeoperator = No connection to the operator
bulk-status-interacting = Connecting
bulk-status-noauthentication = Not authenticated
bulk-status-active = Active
bulk-status-nosendsms = Not sent
bulk-status-cancel = Cancelled
bulk-status-no-sufficient-charge = Insufficient credit
bulk-status-unknown = Unknown status ({ $raw })

## Approval of a bulk (BulkValidation)

bulk-validation-approve = Approved
bulk-validation-cancel = Rejected
bulk-validation-notconfirm = Awaiting approval
bulk-validation-unknown = Unknown approval status ({ $raw })

## Postal-code targets and social networks

operator-tci = Hamrah-e Aval (MCI)
operator-mtn = Irancell
gender-0 = Everyone
gender-1 = Men
gender-2 = Women
network-telegram = Telegram
network-viber = Viber
