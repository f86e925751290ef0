-- The audit log (issue 5, docs/SECURITY.md, ADR 0007): who did what to accounts, tokens and
-- protected data. Append-only, and hash-chained so that a row changed or deleted behind the
-- trigger's back is found by `matbank audit verify`.
--
-- seq is assigned by the application as max(seq) + 1 while it holds an advisory lock, not by a
-- sequence: a sequence value taken by a transaction that rolls back leaves a gap, and a gap is how
-- verify recognises a deleted event.
create table audit_event (
    seq           bigint      primary key check (seq > 0),
    at            timestamptz not null,
    actor         text        not null,
    actor_user_id uuid,
    address       text,
    action        text        not null,
    target        text,
    detail        jsonb       not null default '{}',
    previous_hash text,
    hash          text        not null unique,
    check ((seq = 1) = (previous_hash is null))
);
create index audit_event_action on audit_event (action, seq);
create index audit_event_at on audit_event (at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_level = 'ROW' then
        raise exception 'audit_event is append-only: % of event % refused', tg_op, old.seq
            using errcode = 'integrity_constraint_violation',
                  hint = 'the audit log keeps every event; nothing may change or remove one';
    end if;
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'integrity_constraint_violation',
              hint = 'the audit log keeps every event; nothing may change or remove one';
end $$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
