"""The Network tab's dialogs: a network person, a tie between two persons, a snapshot's label,
and a snapshot shown read-only."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain import (
    ContactFrequency,
    NetworkKind,
    NetworkSector,
    SupportDirection,
    TieQuality,
    TieStrength,
)
from casedesk.printing.ecomap import EcomapDrawing
from casedesk.services.network import PERSON_FIELD_LIMITS, PersonDraft, PersonView
from casedesk.services.providers import ProviderEntry
from casedesk.ui.desk_thread import DeskHandle
from casedesk.ui.ecomap import (
    EcomapScene,
    EcomapView,
    direction_name,
    frequency_name,
    kind_name,
    quality_name,
    screen_words,
    sector_name,
    strength_name,
)
from casedesk.ui.edit_dialog import EditDialog
from casedesk.ui.forms import Field, Form, Kind
from casedesk.ui.vocabulary import life_domain_name
from casedesk.ui.widgets import fit_to_screen

translate = QCoreApplication.translate
DOMAIN_COLUMNS = 3


def importance_name(value: int) -> str:
    return {1: translate("NetworkPersonDialog", "less important"),
            2: translate("NetworkPersonDialog", "important"),
            3: translate("NetworkPersonDialog", "very important")}.get(value, str(value))


def person_fields(providers: list[ProviderEntry]) -> tuple[Field, ...]:
    return (
        Field("name", translate("NetworkPersonDialog", "&Name:"), max_length=PERSON_FIELD_LIMITS["name"]),
        Field("kind", translate("NetworkPersonDialog", "&Kind of help:"), Kind.CHOICE, choices=tuple((k.value, kind_name(k.value)) for k in NetworkKind)),
        Field("sector", translate("NetworkPersonDialog", "Se&ctor:"), Kind.CHOICE,
              choices=tuple((s.value, sector_name(s.value)) for s in NetworkSector)),
        Field("relationship", translate("NetworkPersonDialog", "&Relationship:"), max_length=PERSON_FIELD_LIMITS["relationship"],
              placeholder=translate("NetworkPersonDialog", "e.g. sister, GP, drinking mate")),
        Field("provider_id", translate("NetworkPersonDialog", "&Directory:"), Kind.CHOICE,
              choices=(("", translate("NetworkPersonDialog", "not in the helper directory")),) + tuple((p.id, p.institution) for p in providers)),
        Field("strength", translate("NetworkPersonDialog", "S&trength:"), Kind.CHOICE,
              choices=tuple((s.value, strength_name(s.value)) for s in TieStrength)),
        Field("quality", translate("NetworkPersonDialog", "&Quality:"), Kind.CHOICE,
              choices=tuple((q.value, quality_name(q.value)) for q in TieQuality)),
        Field("direction", translate("NetworkPersonDialog", "Su&pport:"), Kind.CHOICE,
              choices=tuple((d, direction_name(d)) for d in ("", *(d.value for d in SupportDirection)))),
        Field("frequency", translate("NetworkPersonDialog", "Contact &frequency:"), Kind.CHOICE,
              choices=tuple((f, frequency_name(f)) for f in ("", *(f.value for f in ContactFrequency)))),
        Field("phone", translate("NetworkPersonDialog", "P&hone:"), max_length=PERSON_FIELD_LIMITS["phone"]),
        Field("importance", translate("NetworkPersonDialog", "&Importance:"), Kind.CHOICE,
              choices=tuple((value, importance_name(value)) for value in (1, 2, 3))),
        Field("note", translate("NetworkPersonDialog", "N&ote:"), Kind.TEXT, lines=2),
    )


class PersonDialog(EditDialog):
    """A new network person (``person`` None) or an existing one; the life domains as checks."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, providers: list[ProviderEntry],
                 domains: list[tuple[str, str]], person: PersonView | None = None,
                 parent: QWidget | None = None) -> None:
        title = (translate("NetworkPersonDialog", "New network person") if person is None
                 else translate("NetworkPersonDialog", "Network person"))
        super().__init__(desk_handle, Form(person_fields(providers)), "network_person", title, parent, scroll=True)
        self.client_id = client_id
        draft = person.draft if person is not None else PersonDraft()
        if person is not None and draft.provider_id and self.form.widgets["provider_id"].findData(
                draft.provider_id) < 0:
            self.form.widgets["provider_id"].addItem(person.provider_name or draft.provider_id, draft.provider_id)
        self.form.load(draft)
        self.domain_checks: dict[str, QCheckBox] = {}
        box = QGroupBox(translate("NetworkPersonDialog", "Life domains the relationship covers"))
        grid = QGridLayout(box)
        for index, (code, label) in enumerate(domains):
            check = QCheckBox(life_domain_name(code, label))
            check.setChecked(code in draft.domains)
            self.domain_checks[code] = check
            grid.addWidget(check, index // DOMAIN_COLUMNS, index % DOMAIN_COLUMNS)
        self.content.layout().insertWidget(1, box)
        self._loaded_domains = self.selected_domains()
        person_id = person.id if person is not None else ""

        def save(desk, draft: PersonDraft) -> str:
            if person_id:
                desk.network.update_person(person_id, draft)
                return person_id
            return desk.network.add_person(client_id, draft)

        self.set_save(draft, save)
        self.setMinimumWidth(560)
        # Every field and the life domains without scrolling on a 1280×720 screen.
        self.resize(640, 660)

    def selected_domains(self) -> tuple[str, ...]:
        return tuple(code for code, check in self.domain_checks.items() if check.isChecked())

    def save(self) -> None:
        # The checks are not fields of the form: they join the draft here.
        self._draft = replace(self._draft, domains=self.selected_domains())
        super().save()

    def has_unsaved_changes(self) -> bool:
        return super().has_unsaved_changes() or (
            self.selected_domains() != self._loaded_domains and not self._discard_confirmed)

    def draft_for_lock(self) -> dict | None:
        if not self.has_unsaved_changes():
            return None
        return {"values": self.form.parked_values(), "domains": list(self.selected_domains())}

    def restore_draft(self, draft: dict) -> None:
        super().restore_draft(draft)
        for code, check in self.domain_checks.items():
            check.setChecked(code in draft.get("domains", ()))


@dataclass(frozen=True)
class RelationDraft:
    person_a_id: str = ""
    person_b_id: str = ""
    strength: str = TieStrength.MEDIUM.value
    quality: str = TieQuality.SUPPORTIVE.value


class RelationDialog(EditDialog):
    """A tie between two persons of the network (the same pair again changes the tie)."""

    def __init__(self, desk_handle: DeskHandle, client_id: str, persons: list[PersonView], first_id: str = "",
                 parent: QWidget | None = None) -> None:
        choices = tuple((p.id, p.draft.name if not p.draft.relationship else f"{p.draft.name} ({p.draft.relationship})")
                        for p in sorted(persons, key=lambda p: p.draft.name.casefold()))
        fields = (
            Field("person_a_id", translate("NetworkRelationDialog", "&Between:"), Kind.CHOICE, choices=choices),
            Field("person_b_id", translate("NetworkRelationDialog", "&And:"), Kind.CHOICE, choices=choices),
            Field("strength", translate("NetworkRelationDialog", "S&trength:"), Kind.CHOICE,
                  choices=tuple((s.value, strength_name(s.value)) for s in TieStrength)),
            Field("quality", translate("NetworkRelationDialog", "&Quality:"), Kind.CHOICE,
                  choices=tuple((q.value, quality_name(q.value)) for q in TieQuality)),
        )
        super().__init__(desk_handle, Form(fields), "network_relation", translate("NetworkRelationDialog", "Tie between two persons"), parent)
        self.client_id = client_id
        first = first_id or (choices[0][0] if choices else "")
        others = [value for value, _text in choices if value != first]
        draft = RelationDraft(person_a_id=first, person_b_id=others[0] if others else "")
        self.form.load(draft)

        def save(desk, draft: RelationDraft) -> str:
            return desk.network.relate(draft.person_a_id, draft.person_b_id, draft.strength, draft.quality)

        self.set_save(draft, save)
        self.setMinimumWidth(440)


@dataclass(frozen=True)
class SnapshotDraft:
    label: str = ""


class TakeSnapshotDialog(EditDialog):
    def __init__(self, desk_handle: DeskHandle, client_id: str, parent: QWidget | None = None) -> None:
        fields = (Field("label", translate("TakeSnapshotDialog", "&Label:"), max_length=200, placeholder=translate("TakeSnapshotDialog", "e.g. before the move to the hostel")),)
        super().__init__(desk_handle, Form(fields), "ecomap_snapshot", translate("TakeSnapshotDialog", "Take snapshot of the map"), parent)
        self.client_id = client_id
        hint = QLabel(translate("TakeSnapshotDialog", "The map is kept as it is today and never changes, so you can show the client later "
                        "how the network changed."))
        hint.setWordWrap(True)
        self.content.layout().insertWidget(0, hint)
        draft = SnapshotDraft()
        self.form.load(draft)
        self.set_save(draft, lambda desk, draft: desk.network.snapshot(client_id, draft.label))
        self.setMinimumWidth(440)


class SnapshotDialog(QDialog):
    """An earlier state of the map, read-only."""

    def __init__(self, drawing: EcomapDrawing, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.scene = EcomapScene(self)
        self.scene.show_drawing(drawing, screen_words())
        self.view = EcomapView(self.scene, read_only=True)
        self.view.add_zoom_shortcuts(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(900, 640)

    def showEvent(self, event) -> None:
        if not self.property("fitted"):
            self.setProperty("fitted", True)
            fit_to_screen(self)
        super().showEvent(event)
