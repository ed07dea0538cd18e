"""panelbot: a Telegram front end for IPPanel-style SMS panels."""
