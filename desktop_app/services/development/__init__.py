"""Pengembangan kompetensi: the IDP, the 20 JP record, the office view and its export."""
