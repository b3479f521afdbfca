"""The typed-input kit: one way for every editor to read a number, an amount, a percentage or
JP from the keyboard (`kinds`), as a field with its message beside it (`fields`) or as a table
cell (`delegates`). A value is saved exactly or refused with a message, the typed text kept."""
