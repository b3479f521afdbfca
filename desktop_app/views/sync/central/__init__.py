"""The central office's Impor tab: its header, its pages, and the steps of an import."""
