# /start, the main menu, the published command list and the hints for stray messages.

## /start

start-need-login =
    Hello { $name }!
    To work with the SMS panel, first sign in to the panel account: /login
start-menu =
    Hello { $name }! What shall we do?
    Every task starts with one tap; help: /help
start-group =
    In this group these commands work: /credit, /status, /delivery, /history, /report and /staff
    To set this group's panel account, one of the group's administrators sends /login.
start-button-login = 🔑 Sign in to the panel

## Main menu buttons

start-button-send = ✉️ Send SMS
start-button-social = 💬 Send on Telegram or Viber
start-button-books = 📒 Send to phone books
start-button-postal = 📮 Send by postal code
start-button-jobs = 💼 Send to jobs
start-button-credit = 💰 Credit
start-button-delivery = 📊 Delivery report
start-button-status = 🔎 Send status
start-button-inbox = 📥 Received SMS
start-button-packages = 📦 Account packages
start-button-history = 🕘 Sending history
start-button-newuser = 👤 Create a sub-user
start-button-staff = 👥 Staff
start-button-settings = ⚙️ Settings
start-button-help = ❓ Help

## Command list (set_my_commands)

start-command-start = Main menu
start-command-help = Help and the list of commands
start-command-login = Sign in to the panel account
start-command-logout = Sign out of the panel account
start-command-send = Send SMS to numbers
start-command-social = Send a message on Telegram or Viber
start-command-books = Send SMS to phone books
start-command-postal = Send by postal code
start-command-jobs = Send to jobs
start-command-credit = Panel account credit
start-command-delivery = Delivery report of a send
start-command-status = Send status
start-command-inbox = Received SMS
start-command-packages = The panel account's packages
start-command-history = Sending history
start-command-newuser = Create a sub-user (bot admins)
start-command-staff = Manage staff (bot admins)
start-command-report = Company report: today, this week, this month or a date range (bot admins)
start-command-accounts = Shared accounts: share a panel account, staff access, approval rule (bot admins)
start-command-settings = Settings
start-command-lang = Change language
start-command-cancel = Cancel the current task

## Outside any conversation

start-unknown-command = I don't know this command. The list of commands: /help
start-stray-message = Use the main menu to begin: /start
start-button-unavailable = This button belongs to an old message and no longer works. Send /start to begin again.
start-button-closed = This button belongs to a task that is over. Send { $command } to open it again.
start-button-closed-generic = This button belongs to a task that is over. Send /start to begin again.
start-nothing-to-cancel = Nothing is in progress to cancel. Main menu: /start
