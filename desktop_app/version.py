"""The one version source of the application (packaging, About dialog, sync manifests)."""

__version__ = "0.1.0"
APP_NAME = "Kinerja Luring"
APP_ID = "KinerjaLuring"
ORG_NAME = "KinerjaLuring"
