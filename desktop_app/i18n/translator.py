"""Installing the Qt translators for the chosen language (Indonesian by default).

Indonesian has two catalogues: ours (`kinerja_id.qm`) and `qtbase_id.qm` for Qt's own buttons
and dialogs (Qt ships no Indonesian one, so we keep our own in resources/). English, the
language of the source strings, has one: `kinerja_en.qm` holds only the plural forms of the
`%n` strings ("1 row", "2 rows"), which a source string alone cannot give.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from desktop_app.paths import resources_dir

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"
_installed: list[QTranslator] = []
log = logging.getLogger(__name__)


def saved_language() -> str:
    value = QSettings().value("language", DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    QSettings().setValue("language", lang)


def catalogues(lang: str) -> tuple[str, ...]:
    """The .qm files `lang` needs: English only its plural forms, Qt's own texts are English."""
    if lang == "en":
        return ("kinerja_en.qm",)
    return (f"kinerja_{lang}.qm", f"qtbase_{lang}.qm")


def install(lang: str) -> str:
    """Replace the installed translators by those of `lang`; returns the language in use."""
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    folder = resources_dir() / "translations"
    for name in catalogues(lang):
        tr = QTranslator(app)
        if tr.load(str(folder / name)):
            app.installTranslator(tr)
            _installed.append(tr)
        else:
            log.warning("translation catalogue %s is missing (run 'make translations')", name)
    locale = (
        QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
        if lang == "id"
        else (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    )
    QLocale.setDefault(locale)
    return lang


def tr_(context: str, text: str) -> str:
    """Translate now, with an explicit context (lupdate alias `translate+=tr_`).

    For module-level code; inside a QObject subclass use `self.tr(...)` (context = class name).
    A sentence with a count needs `self.tr("%n rows", "", count)`: lupdate reads the count of
    a plural only from `self.tr`.
    """
    return QCoreApplication.translate(context, text)


def interface_language() -> str:
    """The language the interface speaks now ("id" or "en"), read from the installed QLocale."""
    return "id" if QLocale().language() == QLocale.Language.Indonesian else "en"


def period_text(key: object) -> str:
    """A period key (`PeriodKey` or "2026-Q1") as the interface says it: "Triwulan I 2026" in
    Indonesian, "Quarter I 2026" in English; the forms keep the Indonesian words."""
    from desktop_app.scoring.indonesian_format import period_label
    from desktop_app.scoring.period_key import PeriodKey

    parsed = key if isinstance(key, PeriodKey) else PeriodKey.parse(str(key))
    frequency = parsed.frequency.value if parsed.frequency is not None else None
    return period_label(frequency, parsed.number, parsed.year, interface_language())


def domain_text(label: str) -> str:
    """An official code-table label ("Kuantitatif") in the interface language."""
    from desktop_app.scoring.indonesian_format import domain_label

    return domain_label(label, interface_language())
