-- Contributor credit (issue 5): what is downloaded of each dataset, which releases hold its
-- records, and the citations of releases that people report.
create table dataset_download (
    dataset_id uuid   not null references dataset (id),
    day        date   not null,
    exports    bigint not null,
    records    bigint not null,
    primary key (dataset_id, day)
);

create table release_dataset (
    release_id uuid   not null references release (id),
    dataset_id uuid   not null references dataset (id),
    records    bigint not null,
    primary key (release_id, dataset_id)
);

create table release_citation (
    id         uuid        primary key,
    release_id uuid        not null references release (id),
    reference  text        not null,
    note       text,
    added_by   text        not null,
    created_at timestamptz not null default now(),
    unique (release_id, reference)
);
