"""The shared base of the four status histories (SKP, evaluation, IDP, archive appraisal).

It adds no field: each history keeps its own columns exactly as its migration made them
(the foreign key to its record, `from_status`, `to_status`, `actor`, `reason`, `at`). The base
only names the foreign key, so `services.workflow` can write and read every history alike.
"""

from __future__ import annotations

from typing import ClassVar

from desktop_app.models.base import SyncedModel


class StatusChange(SyncedModel):
    """One step of a workflow record; `owner_field` names the foreign key to the record."""

    owner_field: ClassVar[str] = ""
