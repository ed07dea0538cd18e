# Job targeting (/jobs): job → tick its trends → count → message → shared preview.

jobs-no-account = This chat has no panel account yet. Sign in with /login first.
jobs-lost = This task's data was lost. Please send /jobs again.
jobs-choose-job =
    Choose the recipients' job.
    To search, type part of its name.
jobs-filtered = Jobs matching “{ $query }”: { $count }
jobs-show-all = Show all jobs
jobs-no-match = No job matches “{ $query }”. Type another part of the name.
jobs-hint-job = Please choose a job from the list or type part of its name. Send /cancel to stop.
jobs-no-trends = The panel has no trends for “{ $job }”. Choose another job.
jobs-choose-trends = Choose the trends of “{ $job }”, then tap “Done”.
jobs-none-chosen = ⚠️ No trend is chosen yet. Choose at least one.
jobs-list-separator = {", "}
jobs-target = { $job }: { $trends }
jobs-count =
    Target: { $target }
    Numbers: { $count }
jobs-ask-text = Now send the message text.
jobs-count-empty = The chosen trends hold no numbers. Tap “Back” to choose something else.
jobs-no-sender = This account has no default sender line. Set one in /settings first.
