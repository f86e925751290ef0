-- Accounts (issue 5): organisations and the users who sign in. A user's password is kept only as an
-- Argon2id hash; a user locked after repeated failed sign-ins carries the time the lock ends.
create table organisation (
    id          uuid        primary key,
    name        text        not null unique,
    kind        text        not null check (kind in ('institute', 'university', 'company', 'other')),
    country     text        not null check (country ~ '^[A-Z]{2}$'),
    verified    boolean     not null default false,
    verified_at timestamptz,
    verified_by text,
    created_at  timestamptz not null default now()
);

create table app_user (
    id              uuid        primary key,
    login           text        not null unique check (login = lower(login)),
    display_name    text        not null,
    email           text,
    organisation_id uuid        references organisation (id),
    administrator   boolean     not null default false,
    password_hash   text        not null,
    failed_sign_ins integer     not null default 0,
    locked_until    timestamptz,
    disabled_at     timestamptz,
    disabled_reason text,
    created_at      timestamptz not null default now(),
    password_set_at timestamptz not null default now()
);
create index app_user_organisation on app_user (organisation_id);

-- A token may belong to a user (created by or for them); older tokens keep only their owner text.
alter table api_token add column user_id uuid references app_user (id);
