-- Releases: immutable, citable snapshots of a query result (a dataset, once datasets exist).
-- A later change makes a new version of the same series; no row is ever updated or deleted.
create table release (
    id           uuid        primary key,
    series       text        not null,
    version      integer     not null,
    title        text        not null,
    creators     text[]      not null,
    description  text,
    filter       text,
    text_query   text,
    pid          text        not null unique,
    citation     text        not null,
    record_count bigint      not null,
    files        jsonb       not null,
    created_by   text,
    created_at   timestamptz not null default now(),
    unique (series, version)
);

create function release_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'release % is immutable: publish a new version instead', old.id
        using errcode = 'integrity_constraint_violation';
end $$;

create trigger release_immutable before update or delete on release
    for each row execute function release_is_immutable();
