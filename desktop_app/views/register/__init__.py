"""The Pegawai tab: the register table, the employee form, the unit tree, import and export
dialogs.
"""
