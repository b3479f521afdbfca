"""Kinerja Luring: `python main.py` opens the program; `main.py COMMAND` runs batch work."""

import sys

from desktop_app.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
