# New sub-user form (/newuser): prompts, checks, review screen.

users-admins-only = Only bot admins can create new users.
users-private-only = New users can only be created in a private chat with the bot, so that no password is seen in a group.
users-no-account = No panel account is set for this chat yet. Log in with /login first.
users-no-packages = This account has no access levels to give to a new user.
users-start = Creating a new panel user. Answer the questions; you will review and can edit everything before it is sent.

## Field names (review lines and edit buttons)
users-field-username = Username
users-field-password = Password
users-field-name = Full name
users-field-company = Company
users-field-national-id = National id
users-field-certificate-id = Birth certificate number
users-field-access-id = Access level
users-field-phone = Landline
users-field-mobile = Mobile
users-field-postal-code = Postal code
users-field-email = Email
users-field-address = Address

## Prompts
users-ask-username = Send the new user's username (Latin letters, digits, "_" and "." only).
users-ask-password = Send the new user's password. Your message is deleted at once and the password is never shown.
users-ask-name = Send the user's full name.
users-ask-company = Send the user's company name.
users-ask-national-id = Send the user's 10-digit national id.
users-ask-certificate-id = Send the user's birth certificate number.
users-ask-access-id = Choose the user's access level:
users-ask-phone = Send the user's landline with its area code (e.g. 02188881234).
users-ask-mobile = Send the user's mobile number (e.g. 09121234567).
users-ask-postal-code = Send the user's 10-digit postal code.
users-ask-email = Send the user's email address.
users-ask-address = Send the user's postal address.

## Checks
users-invalid-username = That username is not accepted: use 3 to 32 Latin letters, digits, "_" or ".".
users-invalid-password = The password must be at least 4 characters on one line.
users-invalid-name = The name cannot be empty or too long.
users-invalid-company = The company name cannot be empty or too long.
users-invalid-national-id = That national id is not valid: its ten digits and check digit do not match.
users-invalid-certificate-id = The birth certificate number must be digits only (at most 10).
users-invalid-access-id = Choose the access level with the buttons.
users-invalid-phone = That landline is not valid; send it with the city's area code.
users-invalid-mobile = That mobile number is not valid; send a number like 09121234567.
users-invalid-postal-code = The postal code must be exactly 10 digits.
users-invalid-email = That email address is not valid; send an address like name@example.com.
users-invalid-address = The address cannot be empty or too long.

## Review and result
users-review-title = Check the new user's details. Tap an item's button to edit it.
users-review-line = { $label }: { $value }
users-password-hidden = •••
users-button-create = Create user
users-password-received = Password received; its message was deleted.
users-creating = Creating the user on the panel…
users-created = User { $username } was created on the panel and can now log in with their username and password.
users-fix-field = Please correct "{ $label }".
