-- Export log (issue 5): one row per export that leaves MatBank, naming who received it, so that a
-- leaked file's fingerprint (docs/adr/0008) leads back to the export it came from.
-- A row is inserted before the first byte is sent (outcome 'started') and finished once, when the
-- stream ends: 'complete' with the count and checksum, or 'cut off' with what was written so far.
-- A release download, a public file with one checksum for everyone, is logged 'served' without a
-- fingerprint. No row is deleted, and a finished row is never changed (the trigger below).
create table export_log (
    id                uuid        primary key,
    fingerprint       text        unique check (fingerprint ~ '^mbx-[a-z2-7]{26}$'),
    at                timestamptz not null default now(),
    finished_at       timestamptz,
    outcome           text        not null default 'started'
                                  check (outcome in ('started', 'complete', 'cut off', 'served')),
    -- who, as the caller was described at the time (users and tokens may be renamed or go; the log stays)
    recipient         text        not null,
    recipient_user_id uuid,
    token_id          uuid,
    address           text,
    format            text        not null,
    query             jsonb       not null,
    record_count      bigint,
    data_sha256       text,
    data_size         bigint
);
create index export_log_newest on export_log (at desc, id desc);
create index export_log_data_sha256 on export_log (data_sha256) where data_sha256 is not null;

create function export_log_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'export log rows are never deleted (export %)', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    if old.outcome <> 'started'
            or (new.id, new.fingerprint, new.at, new.recipient, new.recipient_user_id, new.token_id, new.address,
                new.format, new.query)
               is distinct from
               (old.id, old.fingerprint, old.at, old.recipient, old.recipient_user_id, old.token_id, old.address,
                old.format, old.query) then
        raise exception 'export % is on record: only the end of a started export is written, once', old.id
            using errcode = 'integrity_constraint_violation';
    end if;
    return new;
end $$;

create trigger export_log_append_only before update or delete on export_log
    for each row execute function export_log_is_append_only();
