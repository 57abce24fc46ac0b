"""Declarative base and the columns every synchronised table carries.

Every synced row has a UUID minted on the device, so inserts are idempotent upserts on the
central store and nothing depends on autoincrement ids. ``hlc`` is the hybrid-logical-clock
stamp of the row's last change and ``field_clocks`` the stamp of each field's last change: the
merge decides per field, so a row-level stamp alone would lose edits. Deletion is a tombstone
(``deleted``), never a physical DELETE, so a laptop that was offline cannot resurrect the row.
"""

import uuid
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def local_now() -> datetime:
    """Wall-clock time as the worker sees it, naive and to the second.

    Contact times, due dates and reports are about the worker's day; a team works in one time
    zone. Ordering between devices never uses these values: that is the hybrid logical clock's job.
    """
    return datetime.now().replace(microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, str]: JSON, list[str]: JSON}


class Synced:
    """Mixin for tables that travel between laptops and the central store."""

    #: Columns that are bookkeeping, not content: they never count as a user's field change.
    SYNC_COLUMNS: ClassVar[frozenset[str]] = frozenset({"id", "hlc", "field_clocks", "origin_device"})

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    hlc: Mapped[str] = mapped_column(String(64), default="", index=True)
    field_clocks: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    origin_device: Mapped[str] = mapped_column(String(36), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)

    @classmethod
    def content_columns(cls) -> list[str]:
        table = cls.__table__  # type: ignore[attr-defined]
        return [c.name for c in table.columns if c.name not in cls.SYNC_COLUMNS]
