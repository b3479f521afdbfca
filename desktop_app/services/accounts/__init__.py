"""Accounts for the staff themselves (issue: the employee's own seat): one Pegawai account per
employee, made in bulk with a one-time password and printed on account slips."""
