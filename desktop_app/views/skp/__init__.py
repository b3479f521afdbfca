"""The SKP tab: the progress list, the SKP editor, the cascading view, the export."""
