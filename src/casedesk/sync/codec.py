"""Row values as JSON text (conflict records) and what "erased" means for each column."""

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, Table

#: Columns an erasure keeps: ids and links hold no content, and ``status`` carries the erasure itself.
_KEPT_ON_ERASURE = frozenset({"id", "hlc", "field_clocks", "origin_device", "status", "deleted"})


def encode_value(value: Any) -> str:
    if isinstance(value, datetime | date):
        return json.dumps({"$date": value.isoformat()})
    return json.dumps(value)


def decode_value(table: Table, column: str, text: str) -> Any:
    value = json.loads(text)
    if isinstance(value, dict) and set(value) == {"$date"}:
        column_type = table.c[column].type
        if isinstance(column_type, DateTime):
            return datetime.fromisoformat(value["$date"])
        return date.fromisoformat(value["$date"])
    return value


def erased_values(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    """The content columns of ``row`` overwritten so that nothing about the person remains."""
    blank: dict[str, Any] = {}
    for column in table.columns:
        if column.name in _KEPT_ON_ERASURE or column.foreign_keys:
            continue
        if column.nullable:
            blank[column.name] = None
        elif isinstance(column.type, JSON):
            blank[column.name] = type(row.get(column.name) or [])()
        elif isinstance(column.type, Boolean):
            blank[column.name] = False
        elif isinstance(column.type, Integer):
            blank[column.name] = 0
        elif isinstance(column.type, Date | DateTime):
            continue  # required dates (when a contact happened) identify no one on their own
        else:
            blank[column.name] = ""
    return blank
