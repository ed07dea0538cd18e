# Phone books (/books): tick books → sender line → message → shared preview.

books-no-account = This chat has no panel account yet. Sign in with /login first.
books-empty = The panel account has no phone books.
books-lost = This task's data was lost. Please send /books again.
books-choose = Choose the phone books to send to, then tap “Done”.
books-option = { $title } ({ $size })
books-chosen = Chosen: { $count } books, about { $recipients } recipients
books-chosen-unsized = Chosen: { $count } books
books-none-chosen = ⚠️ No phone book is chosen yet. Choose at least one.
books-sender = Which line should send the message? Pick one or type the line number.
books-sender-default = { $line } (default)
books-sender-invalid = That is not a valid line number. Type a line number (digits only) or tap a button.
books-ask-text =
    Sending to { $books } books from line { $line }.
    Now send the message text.
books-list-separator = {", "}
