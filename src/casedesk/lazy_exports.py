"""A package that names what its modules export but imports a module only when a name is used.

For packages whose modules pull in heavy libraries (ReportLab, Alembic) that the first window
does not need: ``__getattr__ = lazy_exports(__name__, {"name": "module", ...})``.
"""

from collections.abc import Callable
from importlib import import_module
from typing import Any


def lazy_exports(package: str, exported: dict[str, str]) -> Callable[[str], Any]:
    def __getattr__(name: str) -> Any:
        if name not in exported:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(import_module(f"{package}.{exported[name]}"), name)

    return __getattr__
