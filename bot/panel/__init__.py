"""The SMS panel SDK: a typed async client for the IPPanel-style web service.

Imports neither `telegram` nor `storage`.
"""
