-- API tokens for programmatic access (docs/API.md). A token's secret is shown once, when it is
-- created; only its SHA-256 is kept, so a copy of the database does not hand out working tokens.
create table api_token (
    id             uuid        primary key,
    name           text        not null,
    owner          text        not null,
    token_hash     text        not null unique,
    scopes         text[]      not null
                   check (cardinality(scopes) > 0 and scopes <@ array['read', 'write', 'admin']::text[]),
    created_at     timestamptz not null default now(),
    expires_at     timestamptz,
    revoked_at     timestamptz,
    revoked_reason text,
    last_used_at   timestamptz
);
