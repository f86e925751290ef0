-- Stored tables: a name with versions; each version keeps its definition (filter, columns, missing-value
-- rules) and what it gave when saved (columns, row count, snapshot hash). The cells are not stored: a
-- table is rebuilt from its definition for whoever asks, with what that caller may see.
create table data_tables (
    id      uuid        primary key,
    name    text        not null unique,
    author  text,
    created timestamptz not null default now()
);

create table data_table_versions (
    table_id   uuid        not null references data_tables (id),
    version    integer     not null,
    definition jsonb       not null,
    snapshot   text        not null,
    rows       integer     not null,
    columns    jsonb       not null,
    created    timestamptz not null default now(),
    primary key (table_id, version)
);
