# Postal-code targeting (/postal): area or typed code → operator → gender → count → SMS text.

postal-no-account = This chat has no panel account yet. Sign in with /login first.
postal-lost = This task's data was lost. Please send /postal again.
postal-choose-area =
    Choose Tehran neighbourhoods (one or more), then tap Done.
    To search, type a few letters of a name, or send a 10-digit postal code to add it to the choice.
postal-area-option = { $area } ({ $code })
postal-filtered = Neighbourhoods with “{ $query }”: { $count }
postal-show-all = Show all neighbourhoods
postal-no-match = No neighbourhood matches “{ $query }”. Type other letters of the name or send a 10-digit postal code.
postal-code-length = A postal code has 10 digits, but you sent { $digits }. Please send the whole postal code.
postal-hint-area = Please choose a neighbourhood from the list, type a few letters of its name, or send a 10-digit postal code. Send /cancel to cancel.
postal-target-area = { $area } neighbourhood (postal code { $code })
postal-target-code = postal code { $code }
postal-choose-operator =
    Target: { $target }
    Send to the subscribers of which operator?
postal-choose-gender =
    Target: { $target }
    Operator: { $operator }
    Who should receive the SMS?
postal-count =
    Target: { $target }
    Operator: { $operator }
    Gender: { $gender }
    Numbers: { $count }
postal-ask-text = Now send the SMS text.
postal-count-empty = This target holds no numbers. Tap “Back” to choose something else.
postal-draft-target = { $target }, { $operator }, { $gender }
