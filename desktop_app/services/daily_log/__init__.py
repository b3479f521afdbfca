"""The daily log (Progres Harian), rencana aksi and the holiday calendar (issue 21 points 3-6;
domain.md §13.3): one module per use case, no Qt."""
