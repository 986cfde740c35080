"""Run the command line with ``python -m briefing_tui``."""

from briefing_tui.cli import main

raise SystemExit(main())
