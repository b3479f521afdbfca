"""Excel exports of the evaluations: the monitoring list of a period (`monitoring_export`) and
the SIASN reconciliation of a year's annual results (`siasn_export`). The headers, states and
reasons are Indonesian and fixed: the files are office documents and a file format, not
interface text (as in plan_io). No Qt here."""

from __future__ import annotations

from desktop_app.services.evaluation.monitoring_export import export_monitoring
from desktop_app.services.evaluation.siasn_export import export_siasn

__all__ = ["export_monitoring", "export_siasn"]
