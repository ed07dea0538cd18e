"""`panelbot` command line: run the bot, serve the fake panel, manage keys and the database."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable, Sequence

from bot.config import Settings, SettingsError, load_settings, require_for_run


def _cmd_run(args: argparse.Namespace) -> int:
    settings = load_settings()
    if args.fake_panel:
        settings = settings.model_copy(update={"panel_url": "fake"})
    require_for_run(settings)
    from bot.runtime import run_bot

    run_bot(settings)
    return 0


def _cmd_fake_panel(args: argparse.Namespace) -> int:
    from bot.panel.fake import serve_forever

    asyncio.run(serve_forever(host=args.host, port=args.port))
    return 0


def _cmd_genkey(_: argparse.Namespace) -> int:
    from cryptography.fernet import Fernet

    print(Fernet.generate_key().decode())
    return 0


def _settings_with_keys() -> Settings:
    settings = load_settings()
    if not settings.secret_keys:
        raise SettingsError("SECRET_KEYS is not set: run `panelbot genkey` and put it in .env.")
    return settings


def _cmd_migrate(_: argparse.Namespace) -> int:
    from storage.db import migrate

    settings = load_settings()
    migrate(settings.database_url)
    from sqlalchemy.engine import make_url

    shown = make_url(settings.database_url).render_as_string(hide_password=True)
    print(f"Database is up to date: {shown}")
    return 0


def _cmd_rotate_keys(_: argparse.Namespace) -> int:
    from storage.crypto import fingerprint
    from storage.maintenance import rotate_keys

    settings = _settings_with_keys()
    counts = rotate_keys(settings.database_url, settings.secret_keys)
    detail = ", ".join(f"{table} {count}" for table, count in counts.items())
    newest = fingerprint(settings.secret_keys[0])
    print(f"Re-encrypted {sum(counts.values())} row(s) with the newest key ({newest}): {detail}.")
    if len(settings.secret_keys) > 1:
        print("The older keys are no longer needed: remove them from SECRET_KEYS.")
    return 0


def _cmd_key_fingerprints(_: argparse.Namespace) -> int:
    from storage.crypto import fingerprint

    for position, key in enumerate(_settings_with_keys().secret_keys, 1):
        print(f"{position}. {fingerprint(key)}")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from bot.demo import run_demo

    return run_demo(script=args.script, plain=args.plain, logged_out=args.logged_out)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="panelbot",
        description="Run your SMS panel from Telegram, in Persian. Settings come from .env.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="start the Telegram bot (needs TELEGRAM_BOT_TOKEN in .env)")
    run.add_argument(
        "--fake-panel",
        action="store_true",
        help="serve the built-in fake panel in the same process, with a demo account",
    )
    run.set_defaults(handler=_cmd_run)

    fake = sub.add_parser("fake-panel", help="serve the fake SMS panel on 127.0.0.1")
    fake.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    fake.add_argument("--port", type=int, default=8765, help="port to listen on (default 8765)")
    fake.set_defaults(handler=_cmd_fake_panel)

    genkey = sub.add_parser("genkey", help="print a new encryption key for SECRET_KEYS")
    genkey.set_defaults(handler=_cmd_genkey)

    migrate = sub.add_parser("migrate", help="create or upgrade the database (DATABASE_URL)")
    migrate.set_defaults(handler=_cmd_migrate)

    rotate = sub.add_parser(
        "rotate-keys",
        help="re-encrypt everything stored with the first key of SECRET_KEYS (stop the bot first)",
    )
    rotate.set_defaults(handler=_cmd_rotate_keys)

    fingerprints = sub.add_parser(
        "key-fingerprints", help="print the fingerprint of each key of SECRET_KEYS"
    )
    fingerprints.set_defaults(handler=_cmd_key_fingerprints)

    demo = sub.add_parser(
        "demo", help="try the whole bot offline in this terminal: no token, no panel account"
    )
    demo.add_argument("--script", help="replay a file of user actions and print the transcript")
    demo.add_argument("--plain", action="store_true", help="plain text, no colours or RTL shaping")
    demo.add_argument("--logged-out", action="store_true", help="start logged out, to try /login")
    demo.set_defaults(handler=_cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except SettingsError as exc:
        print(f"panelbot: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # storage errors carry a one-line message meant for the admin
        from storage import StorageError

        if not isinstance(exc, StorageError):
            raise
        print(f"panelbot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
