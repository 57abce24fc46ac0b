"""Every problem code a service can raise has its own sentence: a worker never reads the
catch-all "This value cannot be used." for a rule the program knows."""

import re
from pathlib import Path

from casedesk.ui.errors import problem_text

SERVICES = Path(__file__).resolve().parents[2] / "src" / "casedesk" / "services"
# {"field": "code"} in a ValidationFailed, and problems[...] = "code" / setdefault(..., "code").
_CODE = re.compile(r'ValidationFailed\(\{[^{}]*?:\s*"([a-z_]+)"\}|problems\[[^\]]+\]\s*=\s*"([a-z_]+)"'
                   r'|problems\.setdefault\([^,]+,\s*"([a-z_]+)"\)')
# Codes worded where they arise: the sync window, the handover, team-numbers and merge dialogs.
NOT_FOR_FORMS = {"not_forwardable", "text_fields_only", "cannot_change", "invalid_country", "is_responsible",
                 "unknown_worker", "not_permitted", "same_record"}


def raised_codes() -> set[str]:
    codes = set()
    for path in SERVICES.glob("*.py"):
        for match in _CODE.finditer(path.read_text(encoding="utf-8")):
            codes.add(next(group for group in match.groups() if group))
    return codes


def test_every_service_problem_code_has_a_sentence_of_its_own():
    codes = raised_codes()
    assert {"required", "none_open", "provider_or_person"} <= codes, "the scan finds the codes"
    fallback = problem_text("no such code")
    missing = sorted(code for code in codes - NOT_FOR_FORMS if problem_text(code) == fallback)
    assert not missing, missing
