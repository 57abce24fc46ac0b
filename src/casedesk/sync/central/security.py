"""PostgreSQL roles, grants and row-level security of the central store."""


from sqlalchemy import (
    Connection,
)

from casedesk.sync.central.schema import WORKER_GROUP_ROLE
from casedesk.sync.scope import (
    SYNCED_TABLES,
)

#: Child rows follow their client. Reads use a semi-join against ``client`` (filtered by its own
#: policy, evaluated once per client: cheap for bulk pulls); writes check their one row with a
#: point lookup (a semi-join per written row would scan every client).
_OWN_CLIENT = "client_id IN (SELECT id FROM client)"
_CHILD_TABLES_WITH_CLIENT_ID = ("confidentiality_release", "case_episode", "phase_change", "contact", "relapse_card_version")


def install_row_level_security(connection: Connection) -> None:
    synced = ", ".join(table.name for table in SYNCED_TABLES)
    synced_literals = ", ".join(f"'{table.name}'" for table in SYNCED_TABLES)
    definer = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public"
    statements = [
        f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{WORKER_GROUP_ROLE}') THEN
                CREATE ROLE {WORKER_GROUP_ROLE} NOLOGIN;
            END IF; END $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_me() RETURNS text {definer} AS $$
            SELECT worker_id FROM sync_account WHERE login = session_user $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_is_admin() RETURNS boolean {definer} AS $$
            SELECT coalesce((SELECT w.role = 'admin' FROM worker w WHERE w.id = casedesk_me()), false) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_client_visible(responsible text, deputy text) RETURNS boolean
            {definer} AS $$
            SELECT coalesce((SELECT me.role = 'admin' OR responsible = me.id OR deputy = me.id
                OR (me.role = 'team_lead' AND me.team <> '' AND EXISTS (
                    SELECT 1 FROM worker r WHERE r.id = responsible AND r.team = me.team))
              FROM worker me WHERE me.id = casedesk_me()), false) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_can_see_client(cid text) RETURNS boolean {definer} AS $$
            SELECT coalesce((SELECT casedesk_client_visible(c.responsible_worker_id, c.deputy_worker_id)
              FROM client c WHERE c.id = cid), false) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_can_see_episode(eid text) RETURNS boolean {definer} AS $$
            SELECT coalesce((SELECT casedesk_can_see_client(e.client_id) FROM case_episode e WHERE e.id = eid),
                            false) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_client_erased(cid text) RETURNS boolean {definer} AS $$
            SELECT EXISTS (SELECT 1 FROM sync_erasure WHERE client_id = cid) $$""",
        # Which of these ids exist at all (visible or not): a push must tell "new row" from "row
        # that is no longer yours" without reading anything of the latter.
        f"""CREATE OR REPLACE FUNCTION casedesk_existing_ids(tbl text, ids text[]) RETURNS SETOF text
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$ BEGIN
                IF tbl NOT IN ({synced_literals}) THEN RAISE EXCEPTION 'not a synced table: %', tbl; END IF;
                RETURN QUERY EXECUTE format('SELECT id::text FROM %I WHERE id = ANY($1)', tbl) USING ids;
            END $$""",
        # The log's newest sequence number for everyone. Under the SELECT policy, max(seq) would
        # first collect every visible client (the policy's subquery), a cost that grows with the
        # caseload on every sync; the number itself reveals nothing but how much was written.
        f"""CREATE OR REPLACE FUNCTION casedesk_high_water() RETURNS bigint {definer} AS $$
            SELECT coalesce(max(seq), 0) FROM sync_change $$""",
        # Handing a client over makes it invisible to the giver, which a plain UPDATE under the
        # SELECT policy cannot do; this function checks that the caller holds the client now.
        """CREATE OR REPLACE FUNCTION casedesk_set_custody(cid text, responsible text, deputy text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ BEGIN
                IF NOT casedesk_can_see_client(cid) OR casedesk_client_erased(cid) THEN
                    RAISE EXCEPTION 'client % is not held by %', cid, session_user USING ERRCODE = '42501';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM worker WHERE id = responsible) THEN
                    RAISE EXCEPTION 'unknown worker %', responsible USING ERRCODE = '23503';
                END IF;
                UPDATE client SET responsible_worker_id = responsible, deputy_worker_id = deputy WHERE id = cid;
            END $$""",
        ("REVOKE ALL ON FUNCTION casedesk_me(), casedesk_is_admin(), casedesk_client_visible(text, text),"
        " casedesk_can_see_client(text), casedesk_can_see_episode(text), casedesk_client_erased(text),"
        " casedesk_existing_ids(text, text[]), casedesk_set_custody(text, text, text),"
        " casedesk_high_water() FROM PUBLIC"),
        (f"GRANT EXECUTE ON FUNCTION casedesk_me(), casedesk_is_admin(), casedesk_client_visible(text, text),"
        f" casedesk_can_see_client(text), casedesk_can_see_episode(text), casedesk_client_erased(text),"
        f" casedesk_existing_ids(text, text[]), casedesk_set_custody(text, text, text),"
        f" casedesk_high_water() TO {WORKER_GROUP_ROLE}"),
    ]
    policies: dict[str, list[str]] = {
        "client": [
            "FOR SELECT USING (casedesk_client_visible(responsible_worker_id, deputy_worker_id))",
            "FOR INSERT WITH CHECK (casedesk_client_visible(responsible_worker_id, deputy_worker_id))",
            ("FOR UPDATE USING (casedesk_client_visible(responsible_worker_id, deputy_worker_id))"
            " WITH CHECK (casedesk_client_visible(responsible_worker_id, deputy_worker_id))"),
            "AS RESTRICTIVE FOR UPDATE USING (status <> 'erased') WITH CHECK (true)",
        ],
        "task": [
            f"FOR SELECT USING (client_id IS NULL OR {_OWN_CLIENT})",
            "FOR INSERT WITH CHECK (client_id IS NULL OR casedesk_can_see_client(client_id))",
            ("FOR UPDATE USING (client_id IS NULL OR casedesk_can_see_client(client_id))"
            " WITH CHECK (client_id IS NULL OR casedesk_can_see_client(client_id))"),
        ],
        "worker": [
            "FOR SELECT USING (true)",
            "FOR INSERT WITH CHECK (casedesk_is_admin())",
            ("FOR UPDATE USING (id = casedesk_me() OR casedesk_is_admin())"
            " WITH CHECK (id = casedesk_me() OR casedesk_is_admin())"),
        ],
        "crisis_line": ["FOR SELECT USING (true)", "FOR INSERT WITH CHECK (true)",
                        "FOR UPDATE USING (true) WITH CHECK (true)"],
        "sync_change": [f"FOR SELECT USING (client_id IS NULL OR {_OWN_CLIENT})",
                        "FOR INSERT WITH CHECK (true)"],
        "sync_receipt": ["FOR SELECT USING (worker_id = casedesk_me())",
                         "FOR INSERT WITH CHECK (worker_id = casedesk_me())"],
        "sync_device": ["FOR SELECT USING (worker_id = casedesk_me())",
                        "FOR INSERT WITH CHECK (worker_id = casedesk_me() AND NOT revoked)",
                        "FOR UPDATE USING (worker_id = casedesk_me()) WITH CHECK (worker_id = casedesk_me())"],
        "sync_erasure": ["FOR SELECT USING (true)", "FOR INSERT WITH CHECK (casedesk_can_see_client(client_id))"],
        "sync_account": ["FOR SELECT USING (login = session_user)"],
    }
    for name in _CHILD_TABLES_WITH_CLIENT_ID:
        policies[name] = [
            f"FOR SELECT USING ({_OWN_CLIENT})",
            "FOR INSERT WITH CHECK (casedesk_can_see_client(client_id))",
            "FOR UPDATE USING (casedesk_can_see_client(client_id)) WITH CHECK (casedesk_can_see_client(client_id))",
        ]
    for name in (*_CHILD_TABLES_WITH_CLIENT_ID, "task"):
        # Content for an erased client can never come back, whatever a laptop pushes.
        policies[name].append("AS RESTRICTIVE FOR INSERT WITH CHECK (client_id IS NULL OR NOT casedesk_client_erased(client_id))")
    for table_name, table_policies in policies.items():
        statements.append(f"ALTER TABLE {table_name} ENABLE ROW LEVEL SECURITY")
        for number, policy in enumerate(table_policies):
            statements.append(f"DROP POLICY IF EXISTS casedesk_{number} ON {table_name}")
            statements.append(f"CREATE POLICY casedesk_{number} ON {table_name} {policy}")
    statements += [
        (f"REVOKE ALL ON {synced}, sync_meta, sync_account, sync_device, sync_change, sync_receipt, sync_erasure"
        f" FROM PUBLIC"),
        # No DELETE anywhere: deletions are tombstones, erasures are blanking updates.
        f"GRANT SELECT, INSERT, UPDATE ON {synced} TO {WORKER_GROUP_ROLE}",
        f"GRANT SELECT, INSERT ON sync_change, sync_receipt, sync_erasure, sync_device TO {WORKER_GROUP_ROLE}",
        f"GRANT UPDATE (last_seen) ON sync_device TO {WORKER_GROUP_ROLE}",
        f"GRANT SELECT ON sync_meta, sync_account TO {WORKER_GROUP_ROLE}",
        f"GRANT USAGE ON SEQUENCE sync_change_seq_seq TO {WORKER_GROUP_ROLE}",
    ]
    # Straight to the driver: without parameters psycopg leaves the functions' "%" alone.
    cursor = connection.connection.cursor()
    for statement in statements:
        cursor.execute(statement)
    cursor.close()
