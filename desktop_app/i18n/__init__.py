"""Translation markers usable without Qt, and the catalogue tooling."""


def N_(context: str, text: str) -> str:
    """Mark `text` for translation in `context` (lupdate alias of QT_TRANSLATE_NOOP).

    Layers without Qt (services, scoring, reports) keep English source strings; the views
    translate them with QCoreApplication.translate(context, text) when they show them.
    """
    return text
