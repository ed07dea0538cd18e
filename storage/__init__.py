"""The bot's memory: encrypted credentials, staff, audit trail, conversation persistence."""
