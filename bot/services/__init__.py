"""Flows shared by many handlers: panel access, sending, reports, follow-ups."""
