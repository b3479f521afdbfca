"""The first page of the IDP editor: the development goals, the superior's notes and the
competence gaps (proposed from the evaluations, editable) with their goals and success
indicators. Its texts stay in the "IdpEditor" translation context."""

from __future__ import annotations

import itertools

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n.translator import tr_
from desktop_app.scoring import idp as rules
from desktop_app.scoring.idp import GapInput
from desktop_app.views.development.editor_widgets import (
    ID_ROLE,
    KEY_ROLE,
    ChoiceDelegate,
    competence_label,
    current_row,
    make_item,
    make_table,
)
from desktop_app.views.typed_input.delegates import TextDelegate


class GapsPage(QWidget):
    """Goals, notes and the gaps table; each gap row carries a token the activities use to
    say which gap they serve (kept while gaps are edited, moved or removed)."""

    TYPE, COMPETENCE, GAP, GOAL, INDICATOR, SOURCE = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tokens = itertools.count(1)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.goals = QPlainTextEdit()
        self.goals.setObjectName("goals")
        self.goals.setTabChangesFocus(True)
        self.goals.setFixedHeight(48)
        self.goals.setPlaceholderText(
            tr_(
                "IdpEditor",
                "What the employee aims for this year (role, career, the SKP's targets).",
            )
        )
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("idpNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(40)
        form.addRow(tr_("IdpEditor", "De&velopment goals:"), self.goals)
        form.addRow(tr_("IdpEditor", "&Notes of the superior:"), self.notes)
        layout.addLayout(form)
        self.gap_model = QStandardItemModel(self)
        self.gap_model.setHorizontalHeaderLabels(
            [
                tr_("IdpEditor", "Competence type"),
                tr_("IdpEditor", "Competence to develop"),
                tr_("IdpEditor", "Gap (kesenjangan)"),
                tr_("IdpEditor", "Goal"),
                tr_("IdpEditor", "Success indicator"),
                tr_("IdpEditor", "Proposed from"),
            ]
        )
        self.gaps = make_table(self.gap_model, "gapTable", (150, 220, 300, 200, 200))
        self.gaps.setItemDelegate(TextDelegate(self))  # commits when the editor closes too
        self.gaps.setItemDelegateForColumn(
            self.TYPE,
            ChoiceDelegate(
                lambda: [(k, competence_label(k)) for k in rules.COMPETENCE_TYPES], parent=self
            ),
        )
        layout.addWidget(self.gaps, 1)
        bar = QHBoxLayout()
        self.add_gap_button = QPushButton(tr_("IdpEditor", "&Add gap"))
        self.remove_gap_button = QPushButton(tr_("IdpEditor", "Re&move gap"))
        self.propose_button = QPushButton(tr_("IdpEditor", "Pr&opose from the evaluations"))
        self.propose_button.setObjectName("proposeGaps")
        hint = QLabel(
            tr_(
                "IdpEditor",
                "Gaps come from results or BerAKHLAK values rated below expectation; edit "
                "them with the employee.",
            )
        )
        hint.setWordWrap(True)
        bar.addWidget(hint, 1)
        for button in (self.propose_button, self.add_gap_button, self.remove_gap_button):
            bar.addWidget(button)
        layout.addLayout(bar)

    # --- rows ----------------------------------------------------------------------------------

    def _token(self, gap_id: int | None) -> str:
        return f"id:{gap_id}" if gap_id is not None else f"new:{next(self._tokens)}"

    def gap_row(self, gap: GapInput, editable: bool) -> list[QStandardItem]:
        cells = [
            make_item(competence_label(gap.competence_type), editable=editable),
            make_item(gap.competence, editable=editable),
            make_item(gap.gap, editable=editable),
            make_item(gap.goal, editable=editable),
            make_item(gap.indicator, editable=editable),
            make_item(gap.source),
        ]
        cells[self.TYPE].setData(gap.competence_type, ID_ROLE)
        cells[self.COMPETENCE].setData(gap.id, ID_ROLE)
        cells[self.COMPETENCE].setData(self._token(gap.id), KEY_ROLE)
        cells[self.SOURCE].setData((gap.origin, gap.evaluation_id), ID_ROLE)
        return cells

    def fill(self, goals: str, notes: str, gaps: list[GapInput], editable: bool) -> None:
        self.goals.setPlainText(goals)
        self.notes.setPlainText(notes)
        for edit in (self.goals, self.notes):
            edit.setReadOnly(not editable)
        self.gap_model.removeRows(0, self.gap_model.rowCount())
        for gap in gaps:
            self.gap_model.appendRow(self.gap_row(gap, editable))
        self.gaps.resizeRowsToContents()

    def tokens(self) -> list[str]:
        """The token of each gap row, in order."""
        return [self.gap_model.item(r, self.COMPETENCE).data(KEY_ROLE)
                for r in range(self.gap_model.rowCount())]  # fmt: skip

    def current_token(self) -> str | None:
        """The token of the selected gap (None: no gap selected, the whole plan)."""
        row = current_row(self.gaps)
        return self.gap_model.item(row, self.COMPETENCE).data(KEY_ROLE) if row >= 0 else None

    def choices(self) -> list[tuple[object, str]]:
        """(token, "1. Competence") of each gap, after the whole plan."""
        out: list[tuple[object, str]] = [(None, tr_("IdpEditor", "(the whole plan)"))]
        for r in range(self.gap_model.rowCount()):
            text = self.gap_model.item(r, self.COMPETENCE).text()
            short = text if len(text) <= 40 else text[:39] + "…"
            out.append((self.gap_model.item(r, self.COMPETENCE).data(KEY_ROLE),
                        f"{r + 1}. {short}"))  # fmt: skip
        return out

    # --- editing -------------------------------------------------------------------------------

    def add_gap(self) -> None:
        """A new empty gap, its competence cell opened for typing."""
        gap = GapInput("", competence_type=rules.TEKNIS)
        self.gap_model.appendRow(self.gap_row(gap, True))
        index = self.gap_model.index(self.gap_model.rowCount() - 1, self.COMPETENCE)
        self.gaps.setCurrentIndex(index)
        self.gaps.edit(index)

    def remove_gap(self) -> bool:
        """Remove the selected gap; False when none is selected."""
        row = current_row(self.gaps)
        if row < 0:
            return False
        self.gap_model.removeRow(row)
        return True

    def add_proposed(self, found: list[GapInput]) -> list[GapInput]:
        """Append the proposed gaps the page does not hold yet; returns those added."""
        held = {
            self.gap_model.item(r, self.SOURCE).data(ID_ROLE)[0]
            for r in range(self.gap_model.rowCount())
        }
        fresh = [g for g in found if g.origin not in held]
        for gap in fresh:
            self.gap_model.appendRow(self.gap_row(gap, True))
        self.gaps.resizeRowsToContents()
        return fresh

    def read(self) -> tuple[list[GapInput], dict[str, int]]:
        """The gaps as typed, and the row of each gap token (for the activities)."""
        gaps: list[GapInput] = []
        tokens: dict[str, int] = {}
        cell = self.gap_model.item
        for r in range(self.gap_model.rowCount()):
            origin, evaluation_id = cell(r, self.SOURCE).data(ID_ROLE) or ("", None)
            gaps.append(
                GapInput(
                    cell(r, self.COMPETENCE).text(),
                    cell(r, self.GAP).text(),
                    cell(r, self.GOAL).text(),
                    cell(r, self.INDICATOR).text(),
                    cell(r, self.TYPE).data(ID_ROLE) or rules.TEKNIS,
                    origin,
                    cell(r, self.SOURCE).text(),
                    evaluation_id,
                    id=cell(r, self.COMPETENCE).data(ID_ROLE),
                )
            )
            tokens[cell(r, self.COMPETENCE).data(KEY_ROLE)] = r
        return gaps, tokens
