"""`python -m bot` is `panelbot`."""

from bot.cli import main

raise SystemExit(main())
