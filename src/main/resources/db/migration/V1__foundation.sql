-- Templates: every version is a row; records point at (id, version).
create table template (
    id          uuid        not null,
    version     integer     not null,
    kind        text        not null,
    name        text        not null,
    body        jsonb       not null,
    author      text,
    created_at  timestamptz not null default now(),
    primary key (id, version)
);
create index template_name on template (name);

-- External ids of templates (scope:id), shared by all versions of a template.
create table template_uid (
    scope       text not null,
    uid         text not null,
    template_id uuid not null,
    primary key (scope, uid)
);
create index template_uid_template on template_uid (template_id);

-- Records: the current version of every object of the material history graph.
create table record_object (
    id               uuid        primary key,
    kind             text        not null,
    version          integer     not null,
    name             text,
    template_id      uuid,
    template_version integer,
    author           text,
    institution      text,
    record_date      date,
    body             jsonb       not null,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create index record_object_kind on record_object (kind, id);
create index record_object_template on record_object (template_id);

-- Every version of every record, the current one included: updates never lose the old body.
create table record_version (
    id         uuid        not null references record_object (id),
    version    integer     not null,
    body       jsonb       not null,
    created_at timestamptz not null default now(),
    primary key (id, version)
);

-- External ids of records: one object per scope:id.
create table record_uid (
    scope     text not null,
    uid       text not null,
    object_id uuid not null references record_object (id),
    primary key (scope, uid)
);
create index record_uid_object on record_uid (object_id);

-- The history graph, one row per edge from a downstream object to an upstream one:
-- material -> producing process, process -> ingredient consumed, ingredient -> material used,
-- measurement -> material measured. A cycle here is rejected.
create table history_edge (
    downstream_id uuid not null references record_object (id),
    upstream_id   uuid not null references record_object (id),
    relation      text not null,
    primary key (downstream_id, upstream_id, relation)
);
create index history_edge_upstream on history_edge (upstream_id);

-- One row per attribute value of a record, with its SI value: what structured search and
-- table building read.
create table attribute_value (
    object_id        uuid    not null references record_object (id),
    position         integer not null,
    attribute_type   text    not null,
    name             text    not null,
    template_id      uuid,
    template_version integer,
    value_type       text    not null,
    origin           text    not null,
    si_value         double precision,
    si_lower         double precision,
    si_upper         double precision,
    si_unit          text,
    category         text,
    primary key (object_id, position)
);
create index attribute_value_template on attribute_value (template_id, si_value);
create index attribute_value_name on attribute_value (name, si_value);

-- File attachments (spectra, images), stored once per content hash.
create table stored_file (
    sha256     text        primary key,
    filename   text,
    media_type text,
    size       bigint      not null,
    content    bytea       not null,
    created_at timestamptz not null default now()
);
