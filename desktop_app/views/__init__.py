"""Qt widgets: the main window, one module per tab, dialogs and table models.

Views read and write only through `desktop_app.services`; they hold no SQL.
"""
