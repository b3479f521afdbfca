"""The employee register (Pegawai) and the unit tree: records, Excel/CSV import and export, the
reference choices of the forms.
"""
