"""The Progres Harian tab (daily log) and its dialogs: entries, rencana aksi, the month
calendar, the holiday calendar and the log's sums beside the evaluation (issue 21)."""
