"""Sasaran Kinerja Pegawai (SKP): drafting, the approval workflow, cascading, the progress list."""
