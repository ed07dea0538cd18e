# Job targeting (/jobs): job → tick its categories (trends) → count → SMS text → shared preview.

jobs-no-account = This chat has no panel account yet. Sign in with /login first.
jobs-lost = This task's data was lost. Please send /jobs again.
jobs-choose-job =
    Choose the recipients' job.
    To search, type a few letters of the job's name.
jobs-filtered = Jobs with “{ $query }”: { $count }
jobs-show-all = Show all jobs
jobs-no-match = No job matches “{ $query }”. Type other letters of the name.
jobs-hint-job = Please choose a job from the list or type a few letters of its name. Send /cancel to cancel.
jobs-no-trends = The panel has no categories for “{ $job }”. Choose another job.
jobs-choose-trends = Choose the categories of “{ $job }”, then tap “Done”.
jobs-none-chosen = ⚠️ No category is chosen yet. Choose at least one.
jobs-list-separator = {", "}
jobs-target = { $job }: { $trends }
jobs-count =
    Target: { $target }
    Numbers: { $count }
jobs-ask-text = Now send the SMS text.
jobs-count-empty = The chosen categories hold no numbers. Tap “Back” to choose something else.
