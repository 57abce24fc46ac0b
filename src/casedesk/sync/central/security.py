"""PostgreSQL roles, grants and row-level security of the central store."""


from sqlalchemy import (
    Connection,
)

from casedesk.domain import ClientStatus
from casedesk.models import Scope, SyncedEntity
from casedesk.sync.central.schema import WORKER_GROUP_ROLE
from casedesk.sync.scope import (
    CLIENT_TABLES,
    ENTITY_OF_TABLE,
)

#: Child rows follow their client. Reads use a semi-join against ``client`` (filtered by its own
#: policy, evaluated once per client: cheap for bulk pulls); writes check their one row with a
#: point lookup (a semi-join per written row would scan every client).
_OWN_CLIENT = "client_id IN (SELECT id FROM client)"
#: The point lookup for writes, through the client's own policy like the reads (whose worker,
#: role and team subqueries run once per statement). ``casedesk_can_see_client`` said the same
#: with three nested SQL functions, each planned afresh for every row: 0.19 ms of a contact
#: insert's 0.26 ms per row.
_HELD_CLIENT = "EXISTS (SELECT 1 FROM client c WHERE c.id = {table}.client_id)"
#: Conflicts are delivered to the laptop whose value was involved, as its stamps name it.
#: A client's deputy holds it today (both days of the period included; no day: open).
_IN_PERIOD = ("coalesce({of}deputy_from, current_date) <= current_date"
              " AND coalesce({of}deputy_until, current_date) >= current_date")
_MY_DEVICE = "device IN (SELECT replace(device_id, '-', '') FROM sync_device WHERE worker_id = casedesk_me())"


#: The functions worker roles may call (each SECURITY DEFINER, with a fixed search path).
_WORKER_FUNCTIONS = (
    "casedesk_me()", "casedesk_has_role(text[])", "casedesk_client_visible(text, text)", "casedesk_my_role()",
    "casedesk_my_team_members()", "casedesk_can_see_client(text)", "casedesk_client_erased(text)",
    "casedesk_existing_ids(text, text[])", "casedesk_set_custody(text, text, text, text)", "casedesk_has_held(text)",
    "casedesk_write_held(text, jsonb)", "casedesk_purge_erased(text)", "casedesk_high_water()",
    "casedesk_record_merge(text, text, text)", "casedesk_merged_into(text[])", "casedesk_joined_into(text[])",
    "casedesk_deputy_ended(text[])",
)


def install_row_level_security(connection: Connection) -> None:
    client_literals = ", ".join(f"'{table.name}'" for table in CLIENT_TABLES)
    definer = "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public"
    statements = [
        f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{WORKER_GROUP_ROLE}') THEN
                CREATE ROLE {WORKER_GROUP_ROLE} NOLOGIN;
            END IF; END $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_me() RETURNS text {definer} AS $$
            SELECT worker_id FROM sync_account WHERE login = session_user AND NOT disabled $$""",
        # Roles come from the worker directory, which no worker role may write.
        f"""CREATE OR REPLACE FUNCTION casedesk_has_role(roles text[]) RETURNS boolean {definer} AS $$
            SELECT coalesce((SELECT w.role = ANY (roles) AND NOT w.deleted FROM worker w
              WHERE w.id = casedesk_me()), false) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_client_visible(responsible text, deputy text) RETURNS boolean
            {definer} AS $$
            SELECT coalesce((SELECT me.role = 'admin' OR responsible = me.id OR deputy = me.id
                OR (me.role = 'team_lead' AND me.team <> '' AND EXISTS (
                    SELECT 1 FROM worker r WHERE r.id = responsible AND r.team = me.team))
              FROM worker me WHERE me.id = casedesk_me()), false) $$""",
        # The client policy calls these once per statement (as InitPlans), not once per row: the
        # per-row casedesk_client_visible made every read and write of many rows pay a function
        # call per client row of the whole office.
        f"""CREATE OR REPLACE FUNCTION casedesk_my_role() RETURNS text {definer} AS $$
            SELECT role FROM worker WHERE id = casedesk_me() $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_my_team_members() RETURNS SETOF text {definer} AS $$
            SELECT r.id FROM worker r JOIN worker me ON me.team = r.team
              WHERE me.id = casedesk_me() AND me.role = 'team_lead' AND me.team <> '' $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_can_see_client(cid text) RETURNS boolean {definer} AS $$
            SELECT coalesce((SELECT casedesk_client_visible(c.responsible_worker_id,
                CASE WHEN {_IN_PERIOD.format(of='c.')} THEN c.deputy_worker_id END)
              FROM client c WHERE c.id = cid), false) $$""",
        f"""CREATE OR REPLACE FUNCTION casedesk_client_erased(cid text) RETURNS boolean {definer} AS $$
            SELECT EXISTS (SELECT 1 FROM sync_erasure WHERE client_id = cid) $$""",
        # A deputy whose period is over held those clients until its last day ended: what they
        # wrote then still counts (``Push._judge``), though they no longer see the client.
        f"""CREATE OR REPLACE FUNCTION casedesk_deputy_ended(ids text[])
            RETURNS TABLE (client_id text, until_day date) {definer} AS $$
            SELECT c.id, c.deputy_until FROM client c WHERE c.id = ANY (ids)
              AND c.deputy_worker_id = casedesk_me() AND c.deputy_until < current_date $$""",
        # Only the case manager, their team lead or an admin changes a deputy's period: a deputy
        # could otherwise stretch their own. (The office's own role has no worker: casedesk_me()
        # is NULL for it.) Pushes refuse such a change before it gets here (``Push._judge``).
        """CREATE OR REPLACE FUNCTION casedesk_guard_deputy_period() RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ BEGIN
                IF (NEW.deputy_from, NEW.deputy_until) IS DISTINCT FROM (OLD.deputy_from, OLD.deputy_until)
                   AND casedesk_me() IS NOT NULL AND casedesk_me() IS DISTINCT FROM OLD.responsible_worker_id
                   AND NOT casedesk_has_role(ARRAY['team_lead', 'admin']) THEN
                    RAISE EXCEPTION 'only the case manager changes the deputy''s period of %', OLD.id
                        USING ERRCODE = '42501';
                END IF;
                RETURN NEW;
            END $$""",
        "DROP TRIGGER IF EXISTS casedesk_guard_deputy_period ON client",
        """CREATE TRIGGER casedesk_guard_deputy_period BEFORE UPDATE OF deputy_from, deputy_until ON client
            FOR EACH ROW EXECUTE FUNCTION casedesk_guard_deputy_period()""",
        f"""CREATE OR REPLACE FUNCTION casedesk_has_held(cid text) RETURNS boolean {definer} AS $$
            SELECT EXISTS (SELECT 1 FROM sync_custody WHERE client_id = cid AND worker_id = casedesk_me())
              OR EXISTS (SELECT 1 FROM casedesk_deputy_ended(ARRAY[cid])) $$""",
        # A push merges a former holder's offline edits (made before the handover, or forwarded)
        # into rows they no longer see. Only rows of clients the caller held answer, so the push
        # cannot be asked whether some other id exists.
        "DROP FUNCTION IF EXISTS casedesk_existing_ids(text, text[])",
        f"""CREATE OR REPLACE FUNCTION casedesk_existing_ids(tbl text, ids text[]) RETURNS SETOF jsonb
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$ DECLARE
                owner_column text := CASE WHEN tbl = 'client' THEN 'id' ELSE 'client_id' END; BEGIN
                IF tbl NOT IN ({client_literals}) THEN RAISE EXCEPTION 'not a client table: %', tbl; END IF;
                RETURN QUERY EXECUTE format('SELECT to_jsonb(t) FROM %I t WHERE t.id = ANY($1)'
                    ' AND casedesk_has_held(t.%I) AND NOT casedesk_client_erased(t.%I)',
                    tbl, owner_column, owner_column) USING ids;
            END $$""",
        # The write side of the above: upserts rows of clients the caller held, never their custody.
        f"""CREATE OR REPLACE FUNCTION casedesk_write_held(tbl text, rows jsonb) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ DECLARE
                owner_column text := CASE WHEN tbl = 'client' THEN 'id' ELSE 'client_id' END;
                refused text; assignments text; BEGIN
                IF tbl NOT IN ({client_literals}) THEN RAISE EXCEPTION 'not a client table: %', tbl; END IF;
                EXECUTE format('SELECT min(r.id) FROM jsonb_populate_recordset(NULL::%I, $1) r'
                    ' WHERE NOT coalesce(casedesk_has_held(r.%I) AND NOT casedesk_client_erased(r.%I), false)',
                    tbl, owner_column, owner_column) INTO refused USING rows;
                IF refused IS NOT NULL THEN
                    RAISE EXCEPTION 'row % is not of a client held by %', refused, session_user USING ERRCODE = '42501';
                END IF;
                SELECT string_agg(format('%I = EXCLUDED.%I', attname, attname), ', ') INTO assignments
                    FROM pg_attribute WHERE attrelid = tbl::regclass AND attnum > 0 AND NOT attisdropped
                    AND attname NOT IN ('id', 'responsible_worker_id', 'deputy_worker_id');
                EXECUTE format('INSERT INTO %I SELECT * FROM jsonb_populate_recordset(NULL::%I, $1)'
                    ' ON CONFLICT (id) DO UPDATE SET %s WHERE casedesk_has_held(%I.%I)',
                    tbl, tbl, assignments, tbl, owner_column) USING rows;
            END $$""",
        # A merge (issue 14): whoever held the merged-away record holds its rows under the survivor
        # as a former holder does after a handover, so the offline edits their laptops still file
        # under the tombstone are written there (``Push._redirect_merged``). Only a caller who may
        # change both records, after the tombstone names the survivor.
        f"""CREATE OR REPLACE FUNCTION casedesk_record_merge(merged text, survivor text, stamp text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ BEGIN
                IF NOT (casedesk_can_see_client(merged) AND casedesk_can_see_client(survivor)) OR NOT EXISTS (
                        SELECT 1 FROM client WHERE id = merged AND status = '{ClientStatus.MERGED.value}'
                        AND merged_into = survivor) THEN
                    RAISE EXCEPTION 'merge of % into % not permitted for %', merged, survivor, session_user
                        USING ERRCODE = '42501';
                END IF;
                INSERT INTO sync_custody (client_id, worker_id, relation, until_hlc, until_at)
                    SELECT survivor, held.worker_id, held.relation, stamp, now() AT TIME ZONE 'UTC'
                    FROM client c, LATERAL (VALUES (c.responsible_worker_id, 'responsible'),
                                                   (c.deputy_worker_id, 'deputy')) AS held (worker_id, relation)
                    WHERE c.id = merged AND held.worker_id IS NOT NULL
                    ON CONFLICT (client_id, worker_id, relation) DO UPDATE
                    SET until_hlc = greatest(sync_custody.until_hlc, EXCLUDED.until_hlc), until_at = EXCLUDED.until_at;
                -- Who held a record merged into this one (or held it before a handover) follows too.
                INSERT INTO sync_custody (client_id, worker_id, relation, until_hlc, until_at)
                    SELECT survivor, earlier.worker_id, earlier.relation, greatest(earlier.until_hlc, stamp),
                           now() AT TIME ZONE 'UTC'
                    FROM sync_custody earlier WHERE earlier.client_id = merged
                    ON CONFLICT (client_id, worker_id, relation) DO UPDATE
                    SET until_hlc = greatest(sync_custody.until_hlc, EXCLUDED.until_hlc), until_at = EXCLUDED.until_at;
            END $$""",
        # Which records a merged one went into, for the push's redirect: only of records the
        # caller holds or held (a survivor merged again is followed through the custody above).
        f"""CREATE OR REPLACE FUNCTION casedesk_merged_into(ids text[]) RETURNS TABLE (id text, merged_into text)
            {definer} AS $$
            SELECT c.id, c.merged_into FROM client c WHERE c.id = ANY (ids)
              AND c.status = '{ClientStatus.MERGED.value}' AND c.merged_into IS NOT NULL
              AND (casedesk_can_see_client(c.id) OR casedesk_has_held(c.id)) $$""",
        # Which case a case joined by a merge went into, for the same redirect: only of clients
        # the caller holds or held (the survivor's former holders have held it).
        f"""CREATE OR REPLACE FUNCTION casedesk_joined_into(ids text[]) RETURNS TABLE (id text, joined_into text)
            {definer} AS $$
            SELECT e.id, e.joined_into FROM case_episode e WHERE e.id = ANY (ids)
              AND e.deleted AND e.joined_into IS NOT NULL
              AND (casedesk_can_see_client(e.client_id) OR casedesk_has_held(e.client_id)) $$""",
        # Erasure leaves no content in the bookkeeping either: receipts, conflicts and notices of
        # an erased client go, whoever they were for.
        """CREATE OR REPLACE FUNCTION casedesk_purge_erased(cid text) RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ BEGIN
                IF casedesk_client_erased(cid) THEN
                    DELETE FROM sync_receipt WHERE client_id = cid;
                    DELETE FROM sync_inbox_conflict WHERE client_id = cid;
                    DELETE FROM sync_inbox_notice WHERE client_id = cid;
                END IF;
            END $$""",
        # The log's newest sequence number for everyone. Under the SELECT policy, max(seq) would
        # first collect every visible client (the policy's subquery), a cost that grows with the
        # caseload on every sync; the number itself reveals nothing but how much was written.
        f"""CREATE OR REPLACE FUNCTION casedesk_high_water() RETURNS bigint {definer} AS $$
            SELECT coalesce(max(seq), 0) FROM sync_change $$""",
        # Handing a client over makes it invisible to the giver, which a plain UPDATE under the
        # SELECT policy cannot do; this function checks that the caller holds the client now, and
        # records until which stamp the previous holders held it (``sync_custody``).
        "DROP FUNCTION IF EXISTS casedesk_set_custody(text, text, text)",
        """CREATE OR REPLACE FUNCTION casedesk_set_custody(cid text, responsible text, deputy text,
                stamp text DEFAULT '') RETURNS void
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$ DECLARE
                before_responsible text; before_deputy text; BEGIN
                IF NOT casedesk_can_see_client(cid) OR casedesk_client_erased(cid) THEN
                    RAISE EXCEPTION 'client % is not held by %', cid, session_user USING ERRCODE = '42501';
                END IF;
                IF NOT EXISTS (SELECT 1 FROM worker WHERE id = responsible) THEN
                    RAISE EXCEPTION 'unknown worker %', responsible USING ERRCODE = '23503';
                END IF;
                SELECT responsible_worker_id, deputy_worker_id INTO before_responsible, before_deputy
                    FROM client WHERE id = cid;
                INSERT INTO sync_custody (client_id, worker_id, relation, until_hlc, until_at)
                    SELECT cid, ended.worker_id, ended.relation, stamp, now() AT TIME ZONE 'UTC'
                    FROM (VALUES (before_responsible, 'responsible', responsible),
                                 (before_deputy, 'deputy', deputy)) AS ended (worker_id, relation, successor)
                    WHERE ended.worker_id IS NOT NULL AND ended.worker_id IS DISTINCT FROM ended.successor
                    ON CONFLICT (client_id, worker_id, relation) DO UPDATE
                    SET until_hlc = greatest(sync_custody.until_hlc, EXCLUDED.until_hlc), until_at = EXCLUDED.until_at;
                UPDATE client SET responsible_worker_id = responsible, deputy_worker_id = deputy WHERE id = cid;
            END $$""",
        f"REVOKE ALL ON FUNCTION {', '.join(_WORKER_FUNCTIONS)} FROM PUBLIC",
        f"GRANT EXECUTE ON FUNCTION {', '.join(_WORKER_FUNCTIONS)} TO {WORKER_GROUP_ROLE}",
    ]
    for name, entity in ENTITY_OF_TABLE.items():
        statements += _policy_statements(name, _entity_policies(entity))
    for name, table_policies in _BOOKKEEPING_POLICIES.items():
        statements += _policy_statements(name, table_policies)
    # Only now that no policy of an older release uses it.
    statements.append("DROP FUNCTION IF EXISTS casedesk_is_admin()")
    # Phase changes carry their own client id since central 0002; no policy reaches a client through
    # an episode any more.
    statements.append("DROP FUNCTION IF EXISTS casedesk_can_see_episode(text)")
    statements += [
        # Fails closed: whatever privilege an older release (or a hand-made grant) gave, only the
        # grants below remain.
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {WORKER_GROUP_ROLE}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, {WORKER_GROUP_ROLE}",
        *(f"GRANT {_entity_privileges(entity)} ON {name} TO {WORKER_GROUP_ROLE}"
          for name, entity in ENTITY_OF_TABLE.items()),
        # No DELETE on synced tables: deletions are tombstones, erasures are blanking updates.
        f"GRANT SELECT, INSERT ON sync_change, sync_receipt, sync_erasure, sync_device TO {WORKER_GROUP_ROLE}",
        f"GRANT UPDATE (last_seen) ON sync_device TO {WORKER_GROUP_ROLE}",
        # Custody history changes through casedesk_set_custody only; a laptop deletes a delivery once stored.
        f"GRANT SELECT ON sync_custody TO {WORKER_GROUP_ROLE}",
        f"GRANT SELECT, INSERT, DELETE ON sync_inbox_conflict, sync_inbox_notice TO {WORKER_GROUP_ROLE}",
        f"GRANT SELECT ON sync_meta, sync_account TO {WORKER_GROUP_ROLE}",
        f"GRANT USAGE ON SEQUENCE sync_change_seq_seq TO {WORKER_GROUP_ROLE}",
        # A push stages its new rows in a temporary table (COPY cannot write a table with
        # row-level security) and inserts them from there under the policies above. PUBLIC has
        # this privilege unless the office revoked it; the worker roles keep it either way.
        f"""DO $$ BEGIN EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO {WORKER_GROUP_ROLE}',
            current_database()); END $$""",
    ]
    # Straight to the driver: without parameters psycopg leaves the functions' "%" alone.
    cursor = connection.connection.cursor()
    for statement in statements:
        cursor.execute(statement)
    # Every table, registered or not (``alembic_version``, one added by hand), has row-level
    # security forced and the owner's policy: a table nobody wrote worker policies for stays closed.
    cursor.execute("SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')")
    for (table_name,) in cursor.fetchall():
        cursor.execute(f'ALTER TABLE "{table_name}" ENABLE ROW LEVEL SECURITY')
        cursor.execute(f'ALTER TABLE "{table_name}" FORCE ROW LEVEL SECURITY')
        cursor.execute(f'DROP POLICY IF EXISTS casedesk_owner ON "{table_name}"')
        cursor.execute(f'CREATE POLICY casedesk_owner ON "{table_name}" FOR ALL TO CURRENT_USER'
                       " USING (true) WITH CHECK (true)")
    cursor.close()


def _policy_statements(table_name: str, table_policies: list[str]) -> list[str]:
    """Replaces every worker policy of the table (a policy an older release had and this one
    dropped must not linger): numbered, and for the worker roles only, so the owner's policy and
    the restrictive ones never meet."""
    statements = [f"""DO $$ DECLARE name text; BEGIN
        FOR name IN SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = '{table_name}'
                AND policyname <> 'casedesk_owner' LOOP
            EXECUTE format('DROP POLICY %I ON {table_name}', name);
        END LOOP; END $$"""]
    for number, policy in enumerate(table_policies):
        kind = "AS RESTRICTIVE " if policy.startswith("AS RESTRICTIVE ") else ""
        command, condition = policy.removeprefix(kind).split(" ", 2)[1:]
        statements.append(f"CREATE POLICY casedesk_{number} ON {table_name} {kind}FOR {command}"
                          f" TO {WORKER_GROUP_ROLE} {condition}")
    return statements


def _entity_policies(entity: SyncedEntity) -> list[str]:
    """One template per scope of the registry (``casedesk.models.registry``)."""
    if entity.scope is Scope.SHARED:
        if not entity.writers:
            return ["FOR SELECT USING (true)"]
        writer = "casedesk_has_role(ARRAY[{}])".format(", ".join(f"'{role.value}'" for role in sorted(entity.writers)))
        return ["FOR SELECT USING (true)", f"FOR INSERT WITH CHECK ({writer})",
                f"FOR UPDATE USING ({writer}) WITH CHECK ({writer})"]
    if entity.scope is Scope.CLIENT:
        # casedesk_client_visible's rule, written so that its functions run once per statement.
        visible = ("(responsible_worker_id = (SELECT casedesk_me())"
                   f" OR (deputy_worker_id = (SELECT casedesk_me()) AND {_IN_PERIOD.format(of='')})"
                   " OR (SELECT casedesk_my_role()) = 'admin'"
                   " OR responsible_worker_id IN (SELECT casedesk_my_team_members()))")
        return [f"FOR SELECT USING ({visible})", f"FOR INSERT WITH CHECK ({visible})",
                f"FOR UPDATE USING ({visible}) WITH CHECK ({visible})",
                f"AS RESTRICTIVE FOR UPDATE USING (status <> '{ClientStatus.ERASED.value}') WITH CHECK (true)"]
    held = _HELD_CLIENT.format(table=entity.table_name)
    read, change, check = _OWN_CLIENT, held, held
    if entity.scope is Scope.CLIENT_OR_PERSONAL:
        mine = f"(client_id IS NULL AND {entity.owner_column} = casedesk_me())"
        # A personal row may be written for anyone (a delegated task); only its owner reads it.
        read, change, check = f"{mine} OR {_OWN_CLIENT}", f"{mine} OR {held}", f"client_id IS NULL OR {held}"
    return [f"FOR SELECT USING ({read})", f"FOR INSERT WITH CHECK ({check})",
            f"FOR UPDATE USING ({change}) WITH CHECK ({check})",
            # Content for an erased client can never come back, whatever a laptop pushes.
            "AS RESTRICTIVE FOR INSERT WITH CHECK (client_id IS NULL OR NOT casedesk_client_erased(client_id))"]


def _entity_privileges(entity: SyncedEntity) -> str:
    if entity.scope is Scope.SHARED and not entity.writers:
        return "SELECT"
    return "SELECT, INSERT, UPDATE"


#: Policies of the bookkeeping tables for the worker roles. A table missing here has none: closed.
_BOOKKEEPING_POLICIES: dict[str, list[str]] = {
    "sync_meta": ["FOR SELECT USING (true)"],
    # A personal row's log entries are listed to its owner only, like the row itself.
    "sync_change": [("FOR SELECT USING ((client_id IS NULL AND (owner_worker_id IS NULL"
                     f" OR owner_worker_id = casedesk_me())) OR {_OWN_CLIENT})"),
                    "FOR INSERT WITH CHECK (true)"],
    # A push writes hundreds of receipts in one statement: the identity is looked up once.
    "sync_receipt": ["FOR SELECT USING (worker_id = (SELECT casedesk_me()))",
                     "FOR INSERT WITH CHECK (worker_id = (SELECT casedesk_me()))"],
    "sync_device": ["FOR SELECT USING (worker_id = casedesk_me())",
                    "FOR INSERT WITH CHECK (worker_id = casedesk_me() AND NOT revoked)",
                    "FOR UPDATE USING (worker_id = casedesk_me()) WITH CHECK (worker_id = casedesk_me())"],
    # Which clients were erased is itself about those clients: only their holders learn it.
    "sync_erasure": ["FOR SELECT USING (casedesk_can_see_client(client_id) OR casedesk_has_held(client_id))",
                     "FOR INSERT WITH CHECK (casedesk_can_see_client(client_id))"],
    "sync_account": ["FOR SELECT USING (login = session_user)"],
    "sync_custody": ["FOR SELECT USING (worker_id = casedesk_me())"],
    "sync_inbox_conflict": [
        f"FOR SELECT USING ({_MY_DEVICE})", f"FOR DELETE USING ({_MY_DEVICE})",
        ("FOR INSERT WITH CHECK (client_id IS NULL OR casedesk_can_see_client(client_id)"
         " OR casedesk_has_held(client_id))"),
    ],
    "sync_inbox_notice": ["FOR SELECT USING (worker_id = casedesk_me())",
                          "FOR DELETE USING (worker_id = casedesk_me())",
                          "FOR INSERT WITH CHECK (from_worker_id = casedesk_me())"],
}
