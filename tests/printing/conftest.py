import pytest

from casedesk.printing.content import Language


@pytest.fixture(params=["de", "da", "en"])
def language(request: pytest.FixtureRequest) -> Language:
    return request.param
