"""Opening checks and key rotation: everything that touches every encrypted row."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from storage.crypto import Cipher
from storage.db import create_engine_for, upgrade
from storage.models import (
    AuditEntry,
    KeyCheck,
    PanelAccount,
    PersistedData,
    SendBatch,
    SendJob,
    TextTemplate,
)
from storage.org_approvals import rotate_requests
from storage.org_crud import rotate_shared

KEY_CHECK_VALUE = "panelbot-key-check"


def check_keys(*, session: Session, cipher: Cipher) -> None:
    """Raise StorageKeyError now, at open, if SECRET_KEYS cannot read this database.

    Decrypts the stored key-check token (written on first open) and one credential row.
    """
    check = session.get(KeyCheck, 1)
    if check is None:
        session.add(KeyCheck(id=1, token=cipher.encrypt(KEY_CHECK_VALUE)))
    else:
        cipher.decrypt(check.token)
    account = session.exec(select(PanelAccount).limit(1)).first()
    if account is not None:
        cipher.decrypt(account.username_token)


def rotate_keys(database_url: str, secret_keys: Sequence[str]) -> int:
    """Re-encrypt every stored secret with the newest key; return the credential rows done.

    Also re-encrypts message texts of the audit trail, saved texts, send jobs (texts,
    targets, numbers), shared accounts, approval requests and persisted conversation data.
    """
    cipher = Cipher(secret_keys)
    engine = create_engine_for(database_url)
    try:
        upgrade(engine)
        return rotate_all(engine=engine, cipher=cipher)
    finally:
        engine.dispose()


def rotate_all(*, engine: Engine, cipher: Cipher) -> int:
    """One transaction: either every row is re-encrypted or none is."""
    with Session(engine) as session:
        check_keys(session=session, cipher=cipher)
        check = session.get(KeyCheck, 1)
        assert check is not None
        check.token = cipher.rotate(check.token)
        count = 0
        for account in session.exec(select(PanelAccount)).all():
            account.username_token = cipher.rotate(account.username_token)
            account.password_token = cipher.rotate(account.password_token)
            count += 1
        texts = select(AuditEntry).where(col(AuditEntry.text_token).is_not(None))
        for entry in session.exec(texts).all():
            entry.text_token = cipher.rotate(entry.text_token or "")
        for template in session.exec(select(TextTemplate)).all():
            template.text_token = cipher.rotate(template.text_token)
        for data in session.exec(select(PersistedData)).all():
            data.blob = cipher.rotate_bytes(data.blob)
        rotate_shared(session=session, cipher=cipher)
        rotate_requests(session=session, cipher=cipher)
        _rotate_jobs(session, cipher)
        session.commit()
    return count


def _rotate_jobs(session: Session, cipher: Cipher) -> None:
    """Send jobs: their texts, targets and every batch's numbers."""
    for job in session.exec(select(SendJob)).all():
        job.text_token = cipher.rotate(job.text_token)
        if job.params_token:
            job.params_token = cipher.rotate(job.params_token)
    for batch in session.exec(select(SendBatch).where(col(SendBatch.numbers_token).is_not(None))):
        batch.numbers_token = cipher.rotate_bytes(batch.numbers_token or b"")
