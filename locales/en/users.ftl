# Sub-user form (/newuser): prompts, checks, review screen.

users-admins-only = Only bot admins can create sub-users.
users-private-only = Sub-users can only be created in a private chat with the bot, so that no password is seen in a group.
users-no-account = This chat has no panel account yet. Sign in with /login first.
users-no-packages = This panel account has no packages to give to a sub-user.
users-start = Creating a sub-user in the panel. Answer the questions; you will review and can edit everything before it is sent.

## Field names (review lines and edit buttons)
users-field-username = Username
users-field-password = Password
users-field-name = Full name
users-field-company = Company
users-field-national-id = National id
users-field-certificate-id = Birth certificate number
users-field-access-id = Package
users-field-phone = Landline
users-field-mobile = Mobile
users-field-postal-code = Postal code
users-field-email = Email
users-field-address = Address

## Prompts
users-ask-username = Send the sub-user's username (Latin letters, digits, "_" and "." only).
users-ask-password = Send the sub-user's password. Your message is deleted at once and the password is never shown.
users-ask-name = Send the sub-user's full name.
users-ask-company = Send the sub-user's company name.
users-ask-national-id = Send the sub-user's 10-digit national id.
users-ask-certificate-id = Send the sub-user's birth certificate number.
users-ask-access-id = Choose the sub-user's package:
users-ask-phone = Send the sub-user's landline with its area code (e.g. 02188881234).
users-ask-mobile = Send the sub-user's mobile number (e.g. 09121234567).
users-ask-postal-code = Send the sub-user's 10-digit postal code.
users-ask-email = Send the sub-user's email address.
users-ask-address = Send the sub-user's postal address.

## Checks
users-invalid-username = That username is not accepted: use 3 to 32 Latin letters, digits, "_" or ".".
users-invalid-password = The password must be at least 4 characters on one line.
users-invalid-name = The name cannot be empty or too long.
users-invalid-company = The company name cannot be empty or too long.
users-invalid-national-id = That national id is not valid: its ten digits and check digit do not match.
users-invalid-certificate-id = The birth certificate number must be digits only (at most 10).
users-invalid-access-id = Choose the package with the buttons.
users-invalid-phone = That landline is not valid; send it with the city's area code.
users-invalid-mobile = That mobile number is not valid; send a number like 09121234567.
users-invalid-postal-code = The postal code must be exactly 10 digits.
users-invalid-email = That email address is not valid; send an address like name@example.com.
users-invalid-address = The address cannot be empty or too long.

## Review and result
users-review-title = Check the sub-user's details. Tap an item's button to edit it.
users-review-line = { $label }: { $value }
users-password-hidden = •••
users-button-create = Create sub-user
users-password-received = Password received; its message was deleted.
users-creating = Creating the sub-user in the panel…
users-created = Sub-user { $username } was created in the panel and can now sign in with their username and password.
users-fix-field = Please correct "{ $label }".
