"""The main window: four tabs (Pegawai, SKP, Evaluasi, Pengembangan) and the menus."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n.translator import LANGUAGES, saved_language, tr_
from desktop_app.services.session import ROLE_LABELS, Action, Role, Session
from desktop_app.version import APP_NAME, __version__
from desktop_app.views import view_state
from desktop_app.views.widgets import DisabledStatusTips, enable_for


class PlaceholderTab(QWidget):
    """A tab whose feature has not landed yet: says so plainly."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout.addWidget(label)


class LazyTab(QWidget):
    """Builds its widget the first time it is shown, so start-up pays only for the first
    tab (the SKP list of a large office takes most of a second to load)."""

    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.factory = factory
        self.inner: QWidget | None = None
        self.pending_state: view_state.ViewState | None = None  # put back once built
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.inner is None:
            self.inner = self.factory()
            self.layout().addWidget(self.inner)
            if self.pending_state is not None:
                view_state.apply(self.inner, self.pending_state)
                self.pending_state = None
        super().showEvent(event)

    def save_state(self) -> None:
        save = getattr(self.inner, "save_state", None)
        if save is not None:
            save()


def _inner(widget: QWidget | None) -> QWidget | None:
    return widget.inner if isinstance(widget, LazyTab) else widget


def _selected_key(widget: QWidget | None) -> object:
    """The key of the record selected in a data tab (None when none or no keeper)."""
    keeper = getattr(_inner(widget), "keeper", None)
    return keeper.current_key() if keeper is not None else None


class MainWindow(QMainWindow):
    """Tabs in the fixed order of the issue; tab widgets are built by factories so later
    features replace a placeholder without touching the window."""

    language_requested = Signal(str)
    open_database_requested = Signal()
    new_database_requested = Signal()
    connect_server_requested = Signal()
    office_identity_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()
    sign_out_requested = Signal()
    change_password_requested = Signal()
    users_requested = Signal()
    preferences_requested = Signal()
    audit_requested = Signal()
    verify_code_requested = Signal()
    staff_accounts_requested = Signal()
    sync_requested = Signal(str)  # office: a SyncDialog action ("", "export", ...)

    def __init__(
        self,
        office_label: str = "",
        parent: QWidget | None = None,
        session: Session | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.session = session
        title = f"{APP_NAME} — {office_label}" if office_label else APP_NAME
        self.setWindowTitle(title)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.setCentralWidget(self.tabs)
        self.office_filter: QComboBox | None = None
        self._central_mode()
        self._build_tabs()
        self._build_menus()
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        if session is not None:
            self.user_label.setText(
                self.tr("Signed in: {user} · {role}").format(  # a role has its own brackets
                    user=session.full_name or session.username,
                    role=tr_("roles", ROLE_LABELS[session.role]),
                )
            )
        self.statusBar().addPermanentWidget(self.user_label)
        self.path_label = QLabel()
        self.path_label.setObjectName("databasePath")
        self.path_label.setMinimumWidth(1)  # a long path is cut, whole in its tooltip
        self.statusBar().addWidget(self.path_label, 1)
        self._tab_keys()
        self.restore_state()

    def show_database_path(self, path: object) -> None:
        """The database file in the status bar, as a lasting entry: a passing message (a
        menu entry's tip, print feedback) covers it for a while and it comes back, where a
        message of its own was wiped by the first menu the pointer crossed."""
        self.path_label.setText(str(path))
        self.path_label.setToolTip(str(path))

    def _tab_keys(self) -> None:
        """Ctrl+Tab and Ctrl+PgDown go to the next tab, Ctrl+Shift+Tab and Ctrl+PgUp to the one
        before, wherever the focus is: a table took Ctrl+Tab as "next cell" before."""
        for keys, step in (
            ("Ctrl+Tab", 1),
            ("Ctrl+PgDown", 1),
            ("Ctrl+Shift+Tab", -1),
            ("Ctrl+Shift+Backtab", -1),
            ("Ctrl+PgUp", -1),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda s=step: self.step_tab(s))

    def step_tab(self, step: int) -> None:
        count = self.tabs.count()
        if count:
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % count)

    def _tab_factories(self) -> list[tuple[str, Callable[[], QWidget]]]:
        """(title, factory); a tab's module is imported only when the tab is first shown, so
        start-up does not pay for the SKP, Evaluasi and Pengembangan screens."""

        def lazily(module: str, name: str) -> Callable[[], QWidget]:
            def make() -> QWidget:
                return getattr(import_module(module), name)(self)

            return make

        register = [(self.tr("Employees"), lazily("desktop_app.views.register.tab", "RegisterTab"))]
        if self.session is not None and self.session.role == Role.EMPLOYEE:
            # a Pegawai has no register of others: their own results first, then their records
            register = [
                (
                    self.tr("My results"),
                    lazily("desktop_app.views.evaluation.my_results", "MyResultsTab"),
                )
            ]
        return [
            *register,
            (
                self.tr("Performance Targets (SKP)"),
                lazily("desktop_app.views.skp.tab", "SkpTab"),
            ),
            (self.tr("Evaluation"), lazily("desktop_app.views.evaluation.tab", "EvaluationTab")),
            (
                self.tr("Development"),
                lazily("desktop_app.views.development.tab", "DevelopmentTab"),
            ),
            (self.tr("Daily Log"), lazily("desktop_app.views.daily_log.tab", "DailyLogTab")),
        ]

    def _build_tabs(self) -> None:
        for n, (title, factory) in enumerate(self._tab_factories()):
            self.tabs.addTab(factory() if n == 0 else LazyTab(factory, self), title)
        self._add_import_tab()

    # --- the central office: the offices' data read-only, one office or all ------------------
    def _central_mode(self) -> None:
        from desktop_app.services import session as session_service
        from desktop_app.services.sync import central as sync_central

        central = sync_central.is_central()
        session_service.set_central(central)
        if not central:
            return
        self.setWindowTitle(self.tr("{app} — Central office").format(app=self.windowTitle()))
        corner = QWidget(self)
        layout = QHBoxLayout(corner)
        layout.setContentsMargins(4, 0, 4, 0)
        label = QLabel(self.tr("Sho&w office:"))
        self.office_filter = QComboBox()
        self.office_filter.setObjectName("officeFilter")
        label.setBuddy(self.office_filter)
        self.office_filter.addItem(self.tr("All offices"), None)
        for code, name in sync_central.offices():
            self.office_filter.addItem(f"{code} — {name}", code)
        self.office_filter.currentIndexChanged.connect(self._office_changed)
        layout.addWidget(label)
        layout.addWidget(self.office_filter)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)

    def _office_changed(self) -> None:
        """Show one office (or all): the data tabs are built again for it."""
        from desktop_app.services import session as session_service

        assert self.office_filter is not None
        session_service.set_office_filter(self.office_filter.currentData())
        self._rebuild_data_tabs()

    def central_data_changed(self) -> None:
        """An import was applied or a merge decided: the office list and every data tab are
        read again (the tabs kept what they read before, "0 of 0" until a restart)."""
        from desktop_app.services import session as session_service
        from desktop_app.services.sync import central as sync_central

        if self.office_filter is not None:
            chosen = self.office_filter.currentData()
            self.office_filter.blockSignals(True)
            while self.office_filter.count() > 1:
                self.office_filter.removeItem(1)
            for code, name in sync_central.offices():
                self.office_filter.addItem(f"{code} — {name}", code)
            self.office_filter.setCurrentIndex(max(self.office_filter.findData(chosen), 0))
            self.office_filter.blockSignals(False)
            session_service.set_office_filter(self.office_filter.currentData())
        self._rebuild_data_tabs()

    def _rebuild_data_tabs(self) -> None:
        """Build the data tabs again (another office, an import); the tab shown keeps its
        selected record when it is still listed."""
        factories = self._tab_factories()
        current = self.tabs.currentIndex()
        chosen = _selected_key(self.tabs.widget(current))
        for n in reversed(range(len(factories))):
            widget = self.tabs.widget(n)
            self.tabs.removeTab(n)
            widget.deleteLater()
        for n, (title, factory) in enumerate(factories):
            shown = n == current
            self.tabs.insertTab(n, factory() if shown else LazyTab(factory, self), title)
        self.tabs.setCurrentIndex(current)
        keeper = getattr(_inner(self.tabs.widget(current)), "keeper", None)
        if keeper is not None and chosen is not None:
            keeper.select_key(chosen)

    def view_state(self) -> dict[str, object]:
        """The tab shown, the office shown (central office) and, per data tab built so far,
        its search texts, filters, sort and selected record (`view_state`): what a window
        built again (another language) must show the same."""
        tabs = {}
        for n in range(self.tabs.count()):
            inner = _inner(self.tabs.widget(n))
            if inner is not None:
                tabs[n] = view_state.capture(inner)
        office = self.office_filter.currentData() if self.office_filter is not None else None
        return {"tab": self.tabs.currentIndex(), "office": office, "tabs": tabs}

    def apply_view_state(self, state: dict[str, object]) -> None:
        """Show what `view_state` took from the window this one replaces; a tab not built yet
        gets its state when first shown."""
        if self.office_filter is not None and state.get("office") is not None:
            self.office_filter.setCurrentIndex(max(self.office_filter.findData(state["office"]), 0))
        tabs: dict[int, view_state.ViewState] = state.get("tabs", {})  # type: ignore[assignment]
        for n, kept in tabs.items():
            widget = self.tabs.widget(n)
            if isinstance(widget, LazyTab) and widget.inner is None:
                widget.pending_state = kept
            elif widget is not None:
                view_state.apply(_inner(widget), kept)
        current = state.get("tab")
        if isinstance(current, int) and 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)

    def _action(self, menu, text: str, signal, permission: Action | None = None) -> QAction:  # type: ignore[no-untyped-def]
        act = QAction(text, self)
        act.triggered.connect(signal)
        if permission is not None:
            enable_for(act, permission)
        menu.addAction(act)
        menu.setToolTipsVisible(True)  # a greyed entry says why when pointed at
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        act = self._action(file_menu, self.tr("&Open database…"), self.open_database_requested)
        act.setShortcut(QKeySequence.StandardKey.Open)
        act = self._action(
            file_menu, self.tr("&New database…"), self.new_database_requested, Action.MANAGE_USERS
        )
        act.setShortcut(QKeySequence.StandardKey.New)
        self._action(file_menu, self.tr("Connect to a ser&ver…"), self.connect_server_requested)
        file_menu.addSeparator()
        self._action(
            file_menu, self.tr("&Back up to a folder…"), self.backup_requested, Action.BACKUP
        )
        self._action(
            file_menu,
            self.tr("&Restore from a backup…"),
            self.restore_requested,
            Action.BACKUP,
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Change password…"), self.change_password_requested)
        act = self._action(file_menu, self.tr("Sign &out"), self.sign_out_requested)
        act.setShortcut(QKeySequence("Ctrl+Shift+L"))
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
        self._action(
            settings_menu,
            self.tr("&Office identity…"),
            self.office_identity_requested,
            Action.WRITE_SETTINGS,
        )
        self._action(
            settings_menu,
            self.tr("&Preferences…"),
            self.preferences_requested,
            Action.WRITE_SETTINGS,
        )
        self._action(settings_menu, self.tr("&Users…"), self.users_requested, Action.MANAGE_USERS)
        self._action(
            settings_menu,
            self.tr("S&taff accounts…"),
            self.staff_accounts_requested,
            Action.CREATE_ACCOUNTS,
        )
        self.staff_accounts_requested.connect(self.open_staff_accounts)
        self._action(
            settings_menu, self.tr("&Audit trail…"), self.audit_requested, Action.READ_AUDIT
        )
        self._action(
            settings_menu,
            self.tr("Check a &verification code…"),
            self.verify_code_requested,
            Action.READ_ALL,
        )
        self.verify_code_requested.connect(self.open_verify_code)

        self._build_sync_menu(bar)

        help_menu = bar.addMenu(self.tr("He&lp"))
        act = QAction(self.tr("&About Kinerja Luring"), self)
        act.triggered.connect(self.show_about)
        help_menu.addAction(act)
        self.disabled_tips = DisabledStatusTips(self.statusBar().showMessage, self)
        for top in bar.actions():
            if top.menu() is not None:
                self.disabled_tips.watch(top.menu())

    def open_staff_accounts(self) -> None:
        """Accounts for all staff at once (HR and administrators)."""
        from desktop_app.views.admin.staff_accounts_dialog import StaffAccountsDialog

        StaffAccountsDialog(self).exec()

    def open_verify_code(self) -> None:
        """The check of a printed form's kode verifikasi (it reads only)."""
        from desktop_app.views.admin.verify_code_dialog import VerifyCodeDialog

        VerifyCodeDialog(self).exec()

    # --- sync (issue 9): the Impor tab at the central office, the Sync menu ------------------
    def _add_import_tab(self) -> None:
        from desktop_app.services.sync import central as sync_central

        self.import_tab: LazyTab | None = None
        if sync_central.is_central():
            from desktop_app.views.sync.central.tab import ImportTab

            def make() -> ImportTab:
                tab = ImportTab(self)
                tab.data_changed.connect(self.central_data_changed)
                return tab

            self.import_tab = LazyTab(make, self)
            self.tabs.addTab(self.import_tab, self.tr("Import"))

    def _build_sync_menu(self, bar) -> None:  # type: ignore[no-untyped-def]
        menu = bar.addMenu(self.tr("S&ync"))
        menu.setToolTipsVisible(True)
        if self.import_tab is not None:
            act = QAction(self.tr("&Import packages…"), self)
            act.triggered.connect(lambda: self.tabs.setCurrentWidget(self.import_tab))
            enable_for(act, Action.SYNC)
            menu.addAction(act)
            return
        for text, what in (
            (self.tr("&Sync with the central office…"), ""),
            (self.tr("&Export to stick…"), "export"),
            (self.tr("Import &receipt…"), "import_receipt"),
            (self.tr("Central office &key…"), "set_key"),
        ):
            act = QAction(text, self)
            act.triggered.connect(lambda _=False, w=what: self.sync_requested.emit(w))
            enable_for(act, Action.SYNC)
            menu.addAction(act)

    def about_text(self) -> str:
        import platform

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        from desktop_app import paths

        return (
            self.tr(
                "Kinerja Luring {version}\n\nOffline performance management for civil "
                "servants (PermenPANRB 6/2022): targets, evaluation, development and "
                "sealed packages for the central office."
            ).format(version=__version__)
            + "\n\n"
            + self.tr("Qt {qt} (PySide6 {pyside}), Python {python}\nData folder: {folder}").format(
                qt=qVersion(),
                pyside=pyside_version,
                python=platform.python_version(),
                folder=str(paths.data_dir()),
            )
        )

    def show_about(self) -> None:
        from desktop_app.views import messages

        messages.info(self, self.tr("About Kinerja Luring"), self.about_text())

    def restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("MainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1400, screen.width() * 95 // 100), min(860, screen.height() * 9 // 10))
        state = settings.value("MainWindow/state")
        if state is not None:
            self.restoreState(state)
        self.tabs.setCurrentIndex(self._saved_tab(settings))

    TAB_KEYS = ("register", "skp", "evaluation", "development", "import")

    def _user_tab_key(self) -> str | None:
        """Where the signed-in user's last tab is kept: this computer's QSettings, per database
        (its database_id) and user account. A UI preference, so not an office Setting: it is
        neither audited nor sent to the central office."""
        if self.session is None:
            return None
        from desktop_app.errors import ServiceError
        from desktop_app.services import office as office_service

        try:
            office = office_service.current_office()
        except ServiceError:  # a database that cannot be read: the place is simply not kept
            office = None
        database = office.database_id if office is not None else "no-office"
        user = self.session.username.replace("/", "_").replace("\\", "_")
        return f"LastTab/{database}/{user}"

    def _saved_tab(self, settings: QSettings) -> int:
        """The signed-in user's own last tab (per database and user account on this computer);
        the window's last tab only when nobody is signed in (tests, first start)."""
        key = self._user_tab_key()
        if key is None:
            return int(settings.value("MainWindow/tab", 0))
        tab = settings.value(key)
        if tab in self.TAB_KEYS and self.TAB_KEYS.index(tab) < self.tabs.count():
            return self.TAB_KEYS.index(tab)
        return 0

    def save_state(self, *, user: bool = True) -> None:
        """Keep the window's place; `user`: also the signed-in user's tab (not when the window
        is left for another database or account, which are open already)."""
        settings = QSettings()
        settings.setValue("MainWindow/geometry", self.saveGeometry())
        settings.setValue("MainWindow/state", self.saveState())
        settings.setValue("MainWindow/tab", self.tabs.currentIndex())
        key = self._user_tab_key() if user else None
        if key is not None and 0 <= self.tabs.currentIndex() < len(self.TAB_KEYS):
            settings.setValue(key, self.TAB_KEYS[self.tabs.currentIndex()])
        for i in range(self.tabs.count()):
            save = getattr(self.tabs.widget(i), "save_state", None)
            if save is not None:
                save()

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.save_state()
        super().closeEvent(event)
