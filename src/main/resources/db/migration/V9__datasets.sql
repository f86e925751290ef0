-- Datasets (issue 5): the unit of ownership and sharing. A record belongs to at most one dataset;
-- a record of no dataset is open to everyone (data loaded before datasets existed, the demo).
create table dataset (
    id               uuid        primary key,
    name             text        not null,
    description      text,
    organisation_id  uuid        references organisation (id),
    state            text        not null default 'draft'
                     check (state in ('draft', 'shared', 'embargoed', 'public', 'withdrawn')),
    embargo_until    date,
    withdrawn_reason text,
    created_by       uuid        references app_user (id),
    created_at       timestamptz not null default now(),
    state_changed_at timestamptz not null default now(),
    check (state <> 'embargoed' or embargo_until is not null),
    check (state <> 'withdrawn' or withdrawn_reason is not null)
);

create table dataset_member (
    dataset_id uuid        not null references dataset (id),
    user_id    uuid        not null references app_user (id),
    role       text        not null check (role in ('owner', 'curator', 'contributor', 'viewer')),
    added_by   text,
    added_at   timestamptz not null default now(),
    primary key (dataset_id, user_id)
);
create index dataset_member_user on dataset_member (user_id);

-- Requests to see the data of an embargoed dataset, decided by its owners.
create table access_request (
    id          uuid        primary key,
    dataset_id  uuid        not null references dataset (id),
    user_id     uuid        not null references app_user (id),
    message     text,
    state       text        not null default 'pending' check (state in ('pending', 'approved', 'refused')),
    decided_by  text,
    decided_at  timestamptz,
    reason      text,
    created_at  timestamptz not null default now()
);
create index access_request_dataset on access_request (dataset_id, state);
create unique index access_request_one_pending on access_request (dataset_id, user_id) where state = 'pending';

alter table record_object add column dataset_id uuid references dataset (id);
create index record_object_dataset on record_object (dataset_id) where dataset_id is not null;

-- An import into a dataset: its job and report are seen by those who see the dataset.
alter table import_job add column dataset_id uuid references dataset (id);
