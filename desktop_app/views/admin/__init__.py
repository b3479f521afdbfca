"""Administration dialogs: accounts, the office identity, appraisal years, preferences, the audit
trail.
"""
