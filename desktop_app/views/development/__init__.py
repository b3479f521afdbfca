"""The Pengembangan tab: the office view, the IDP editor, the completed-activity dialog."""
