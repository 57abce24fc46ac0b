"""The day a laptop is stolen: a revoked laptop wipes its rolling backups with its copy.

The office revokes the device on the central store; when the laptop next reaches it, its desk is
emptied and the encrypted rolling backups in the data folder (copies of what was wiped) go too.
"""

import pytest

from casedesk.services.dto import ClientDraft
from casedesk.services.sync_service import DeviceRevoked
from casedesk.sync import central


def test_a_revoked_laptop_deletes_its_rolling_backups(sqlite_central_url, make_device):
    anna = make_device(sqlite_central_url, "Anna")
    anna.desk.clients.create(ClientDraft(first_name="Kalle"))
    anna.sync.run()
    assert anna.desk.security.rolling_backup_if_due()
    assert len(anna.desk.security.rolling_backups()) == 1

    assert central.revoke_device(sqlite_central_url, anna.desk.identity.device_id)
    with pytest.raises(DeviceRevoked):
        anna.sync.run()

    assert anna.desk.security.rolling_backups() == []
