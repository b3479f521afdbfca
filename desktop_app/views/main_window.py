"""The main window: four tabs (Pegawai, SKP, Evaluasi, Pengembangan) and the menus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from desktop_app.i18n.translator import LANGUAGES, saved_language
from desktop_app.version import APP_NAME, __version__


class PlaceholderTab(QWidget):
    """A tab whose feature has not landed yet: says so plainly."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout.addWidget(label)


class MainWindow(QMainWindow):
    """Tabs in the fixed order of the issue; tab widgets are built by factories so later
    features replace a placeholder without touching the window."""

    language_requested = Signal(str)
    open_database_requested = Signal()
    new_database_requested = Signal()
    office_identity_requested = Signal()

    def __init__(self, office_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        title = f"{APP_NAME} — {office_label}" if office_label else APP_NAME
        self.setWindowTitle(title)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.setCentralWidget(self.tabs)
        self._build_tabs()
        self._build_menus()
        self.statusBar()
        self.restore_state()

    def _tab_factories(self) -> list[tuple[str, Callable[[], QWidget]]]:
        from desktop_app.views.register_tab import RegisterTab

        soon = self.tr("Not yet available: this part of Kinerja Luring comes in a later version.")
        return [
            (self.tr("Employees"), lambda: RegisterTab(self)),
            (self.tr("Performance Targets (SKP)"), lambda: PlaceholderTab(soon, self)),
            (self.tr("Evaluation"), lambda: PlaceholderTab(soon, self)),
            (self.tr("Development"), lambda: PlaceholderTab(soon, self)),
        ]

    def _build_tabs(self) -> None:
        for title, factory in self._tab_factories():
            self.tabs.addTab(factory(), title)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        act = QAction(self.tr("&Open database…"), self)
        act.setShortcut(QKeySequence.StandardKey.Open)
        act.triggered.connect(self.open_database_requested)
        file_menu.addAction(act)
        act = QAction(self.tr("&New database…"), self)
        act.setShortcut(QKeySequence.StandardKey.New)
        act.triggered.connect(self.new_database_requested)
        file_menu.addAction(act)
        file_menu.addSeparator()
        act = QAction(self.tr("E&xit"), self)
        act.setShortcut(QKeySequence("Ctrl+Q"))
        act.triggered.connect(self.close)
        file_menu.addAction(act)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        lang_menu = settings_menu.addMenu(self.tr("&Language"))
        current = saved_language()
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            act = QAction(name, self)
            act.setCheckable(True)
            act.setChecked(code == current)
            act.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            lang_menu.addAction(act)
            self.language_actions[code] = act
        act = QAction(self.tr("&Office identity…"), self)
        act.triggered.connect(self.office_identity_requested)
        settings_menu.addAction(act)

        help_menu = bar.addMenu(self.tr("&Help"))
        act = QAction(self.tr("&About Kinerja Luring"), self)
        act.triggered.connect(self.show_about)
        help_menu.addAction(act)

    def show_about(self) -> None:
        from desktop_app.views import messages

        messages.info(
            self,
            self.tr("About Kinerja Luring"),
            self.tr(
                "Kinerja Luring {version}\n\nOffline performance management for civil "
                "servants (PermenPANRB 6/2022): targets, evaluation, development and "
                "sealed packages for the central office."
            ).format(version=__version__),
        )

    def restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("MainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        state = settings.value("MainWindow/state")
        if state is not None:
            self.restoreState(state)
        self.tabs.setCurrentIndex(int(settings.value("MainWindow/tab", 0)))

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue("MainWindow/geometry", self.saveGeometry())
        settings.setValue("MainWindow/state", self.saveState())
        settings.setValue("MainWindow/tab", self.tabs.currentIndex())
        for i in range(self.tabs.count()):
            save = getattr(self.tabs.widget(i), "save_state", None)
            if save is not None:
                save()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.save_state()
        super().closeEvent(event)
