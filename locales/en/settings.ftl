# /settings and /lang: default sender line and language of a chat.

settings-title =
    ⚙️ Settings of this chat
    Language: { $language }
    Default sender line: { $sender }
settings-no-sender = not set
settings-no-account = (no panel account: /login)
settings-button-sender = Change the default sender line
settings-button-language = Change language
settings-button-close = Close
settings-button-clear-sender = No default sender line
settings-ask-sender = Choose the default sender line or send its number.
settings-ask-sender-typed = Send the number of the default sender line.
settings-bad-sender = A sender line has digits only (it may start with +). Please send it again.
settings-need-login = To set a sender line, first sign in to the panel account: /login
settings-sender-saved = Default sender line: { $sender }
settings-sender-not-a-number = This does not look like a sender line. Type digits only, or tap a button.
settings-sender-not-yours = This line is not on your panel account. The account's sender lines: { $lines }
settings-sender-no-shape = This number does not look like a sender line: a sender line starts with 1000, 2000, 3000, 5000 or 9000, or is a landline with its area code (a mobile is not a sender line).
settings-sender-cleared = The default sender line was removed.
settings-choose-language = Choose the bot's language:
settings-language-set = The bot now speaks English.
settings-unknown-language = This language is not supported. Languages: fa (Persian) and en (English)
settings-language-fa = فارسی
settings-language-en = English
settings-closed = Settings closed. Main menu: /start
settings-hint-sender = Please choose a sender line or send its number, or send /cancel to cancel.
