# Postal-code targeting (/postal): area or typed code → operator → gender → count → message.

postal-no-account = This chat has no panel account yet. Sign in with /login first.
postal-lost = This task's data was lost. Please send /postal again.
postal-choose-area =
    Choose a Tehran area.
    To search, type part of its name, or send a 10-digit postal code directly.
postal-area-option = { $area } ({ $code })
postal-filtered = Areas matching “{ $query }”: { $count }
postal-show-all = Show all areas
postal-no-match = No area matches “{ $query }”. Type another part of the name or send a 10-digit postal code.
postal-code-length = A postal code has 10 digits, but you sent { $digits }. Please send the whole postal code.
postal-hint-area = Please choose an area from the list, type part of its name, or send a 10-digit postal code. Send /cancel to stop.
postal-target-area = { $area } area (postal code { $code })
postal-target-code = postal code { $code }
postal-choose-operator =
    Target: { $target }
    Send to the subscribers of which operator?
postal-choose-gender =
    Target: { $target }
    Operator: { $operator }
    Who should receive it?
postal-count =
    Target: { $target }
    Operator: { $operator }
    Recipients: { $gender }
    Numbers: { $count }
postal-ask-text = Now send the message text.
postal-count-empty = This target holds no numbers. Tap “Back” to choose something else.
postal-draft-target = { $target }, { $operator }, { $gender }
postal-no-sender = This account has no default sender line. Set one in /settings first.
