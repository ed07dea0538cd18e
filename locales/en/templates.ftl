# Saved texts: /templates, the text step and the preview;
# and personalised texts (a table with a header row fills “{name}” and the like per recipient).

## The list (/templates, and “Saved texts” at the text step)

templates-command = Saved texts
templates-button = Saved texts
templates-title = Saved texts of this panel account ({ $total }):
templates-empty = No saved text yet. At the preview of any send, tap “Save as saved text”.
templates-line = { $name } — { $first_words } ({ $parts } SMS)
templates-no-account = Saved texts belong to a panel account, and this chat has none yet. Sign in first with /login.
templates-pick = Tap the saved text you want.
templates-shown =
    Saved text “{ $name }” ({ $parts } SMS):

    { $text }
templates-button-use = Use this text
templates-button-rename = Rename
templates-button-delete = Delete
templates-button-back = Back to the list
templates-gone = This saved text no longer exists. Send /templates to see the current list.

## Saving (at the preview) and renaming

templates-button-save = Save as saved text
templates-ask-name = Type a name for this text (at most { $max } characters), e.g. “Nowruz greeting”.
templates-ask-new-name = Type the new name of “{ $name }” (at most { $max } characters).
templates-hint-name = Please type the name as text. To cancel, send /cancel.
templates-saved = Saved as “{ $name }”.
templates-renamed = Renamed to “{ $name }”.
templates-confirm-delete = Delete the saved text “{ $name }”?
templates-button-confirm-delete = Yes, delete it
templates-deleted = Saved text “{ $name }” deleted.

## Refusals

templates-problem-empty-name = The name is empty. Type a short name, e.g. “Nowruz greeting”.
templates-problem-name-too-long = That name is longer than { $max } characters. Please type a shorter one.
templates-problem-name-taken = This panel account already has a saved text named “{ $name }”. Please type another name.
templates-problem-limit-reached = This panel account keeps { $max } saved texts, the most allowed. Delete one in /templates first.
templates-problem-empty-text = The SMS text is empty and is not saved.
templates-problem-text-too-long = This text is longer than { $max_parts } SMS and is not saved.
templates-problem-not-found = This saved text no longer exists. Send /templates to see the current list.

## Personalised texts (a file with a header row)

personal-preview-title = Each recipient's text is filled from the file's columns. Two examples:
personal-preview-example =
    For { $number }:
    { $text }
personal-preview-longest = Longest text: { $parts } SMS
personal-preview-total = Total SMS: { $parts }
personal-empty-values = { $count ->
        [one] For { $count } recipient a column used in the text is empty and stays blank.
       *[other] For { $count } recipients a column used in the text is empty and stays blank.
    }
personal-unknown-names =
    These names are in the text but the file has no such column: { $names }
    Columns of the file: { $columns }
    Please correct the text or send another file.
personal-too-long = { $count ->
        [one] The text of { $count } recipient is longer than { $max_parts } SMS once filled in. Please send a shorter text.
       *[other] The texts of { $count } recipients are longer than { $max_parts } SMS once filled in. Please send a shorter text.
    }
personal-no-header = The first row of the file is not column names (it holds a number). For personalised texts, put column names in the first row, e.g. “name” and “mobile”.
personal-no-number-column = No column of mobile numbers was found in the file.
personal-no-recipients = The file has no valid mobile number below its row of column names.
personal-rows-without-number = { $count ->
        [one] { $count } row had no valid mobile number and was left out.
       *[other] { $count } rows had no valid mobile number and were left out.
    }
personal-duplicates = { $count ->
        [one] { $count } row repeated a number; only the first row of each number was used.
       *[other] { $count } rows repeated a number; only the first row of each number was used.
    }
personal-table-dropped = The new numbers were not in that file with columns: from now on everyone gets the same text, and the names in braces are not filled in.
personal-not-filled = ⚠️ The text contains { $names }, but this list is not from a file with column names: the text is sent as it is, braces included.

## Menu button and command list

start-button-templates = 📝 Saved texts
start-command-templates = The account's saved texts
