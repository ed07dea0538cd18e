# Phone books (/books): tick books → sender line → SMS text → shared preview.

books-no-account = This chat has no panel account yet. Sign in with /login first.
books-empty = The panel account has no phone books.
books-lost = This task's data was lost. Please send /books again.
books-choose = Choose the phone books to send to, then tap “Done”.
books-option = { $title } ({ $size })
books-chosen = Chosen: { $count ->
        [one] { $count } phone book
       *[other] { $count } phone books
    }, about { $recipients ->
        [one] { $recipients } recipient
       *[other] { $recipients } recipients
    }
books-chosen-unsized = Chosen: { $count ->
        [one] { $count } phone book
       *[other] { $count } phone books
    }
books-none-chosen = ⚠️ No phone book is chosen yet. Choose at least one.
books-sender = Which sender line should send the SMS? Pick one or type the line's number.
books-ask-text =
    Sending to { $books ->
        [one] { $books } phone book
       *[other] { $books } phone books
    } from sender line { $line }.
    Now send the SMS text.
books-list-separator = {", "}
