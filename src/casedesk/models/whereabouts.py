"""Where to find a client: the places they usually are (the trail of where they were last seen
is read from the contacts' places, ``services.whereabouts``)."""

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from casedesk.domain import UsualPlaceKind
from casedesk.models.base import Base, Synced


class UsualPlace(Synced, Base):
    """One of the client's usual places: a scene, a shelter, the substitution clinic (with its
    hours), a day centre. Owned by the client; ``position`` orders the list."""

    __tablename__ = "usual_place"

    client_id: Mapped[str] = mapped_column(ForeignKey("client.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30), default=UsualPlaceKind.SCENE.value)
    name: Mapped[str] = mapped_column(String(300), default="")
    #: When the client is there, in the worker's words ("Mon–Fri 8–10, dosing at 9").
    hours: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
