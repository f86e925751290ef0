-- The fingerprint of each object as submitted: a re-import of the same object is skipped.
alter table record_object add column input_hash text;

-- Every import: who, when, which file (by hash), how it went, and the template versions used.
create table import_job (
    id                uuid        primary key,
    format            text        not null,
    file_name         text        not null,
    sha256            text        not null,
    size              bigint      not null,
    author            text        not null,
    mode              text        not null,
    validation        text        not null,
    status            text        not null,
    created_at        timestamptz not null default now(),
    started_at        timestamptz,
    finished_at       timestamptz,
    units_read        bigint      not null default 0,
    units_written     bigint      not null default 0,
    units_skipped     bigint      not null default 0,
    units_failed      bigint      not null default 0,
    objects_created   bigint      not null default 0,
    objects_updated   bigint      not null default 0,
    template_versions jsonb       not null default '[]',
    report            jsonb,
    message           text
);
create index import_job_created on import_job (created_at desc);
