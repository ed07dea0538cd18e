# Richer targeting (/postal several areas and both operators, "at most"; /jobs several jobs).

targets-list-separator = {", "}
targets-both-operators = MCI and Irancell
targets-button-both-operators = Both operators
targets-typed-codes = Typed postal codes: { $codes }
targets-no-area = ⚠️ No area chosen yet. Choose at least one area or send a 10-digit postal code.
targets-too-many-areas = ⚠️ One send can target at most { $limit } areas or postal codes.
targets-pick-count = • { $target }: { $count }
targets-postal-request = { $target } ({ $operator })
targets-postal-capped = { $requests }, { $gender }
targets-button-cap = At most
targets-ask-cap =
    Numbers: { $total }
    At most how many numbers should get it? Type a number.
    The panel sends each area to each operator as a whole, so only the areas that fit entirely under this number are sent.
targets-cap-invalid = Please type the maximum with digits only (a number above zero, e.g. 500).
targets-cap-too-small = The smallest batch has { $smallest } numbers and the panel sends it as a whole. Type at least { $smallest }.
targets-hint-cap = Please type the maximum as a number or tap Back. To cancel, send /cancel.
targets-cap-applied = At most: { $cap } — sending to { $count } numbers in { $requests } of { $total } batches
targets-button-add-job = Add another job
targets-too-many-jobs = ⚠️ One send can target at most { $limit } jobs.
targets-jobs-separator = {"; "}
targets-jobs-chosen = Jobs chosen: { $jobs }
