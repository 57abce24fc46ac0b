"""The registry of synced entities is complete: what it misses would not sync, and on PostgreSQL
would stay closed to every worker."""

from casedesk.models import SYNCED_ENTITIES, Base, Client, Scope, Synced


def test_every_synced_model_is_registered():
    synced_models = {mapper.class_ for mapper in Base.registry.mappers if issubclass(mapper.class_, Synced)}
    assert synced_models == {entity.model for entity in SYNCED_ENTITIES}


def test_every_row_about_a_client_names_its_client_by_foreign_key():
    client_id_of_client = Client.__table__.c.id
    for entity in SYNCED_ENTITIES:
        if entity.scope not in (Scope.CLIENT_OWNED, Scope.CLIENT_OR_PERSONAL):
            continue
        column = entity.model.__table__.c.get("client_id")
        assert column is not None, entity.table_name
        assert any(key.column is client_id_of_client for key in column.foreign_keys), entity.table_name
        assert column.nullable is (entity.scope is Scope.CLIENT_OR_PERSONAL), entity.table_name
        if entity.scope is Scope.CLIENT_OR_PERSONAL:
            assert entity.owner_column in entity.model.__table__.c, entity.table_name
