"""Use cases over the database: the only layer that writes. Never imports Qt."""
