-- Objects written since the search index last took them in (a transactional outbox): written in
-- the same transaction as the records, deleted once the index has committed them, so that a
-- crash between the database commit and the index commit loses nothing.
create table record_change (
    seq       bigint generated always as identity primary key,
    object_id uuid not null
);

-- Who this database is: the search index remembers it and rebuilds itself when pointed at another.
create table bank_identity (
    id uuid primary key
);
insert into bank_identity (id) values (gen_random_uuid());
