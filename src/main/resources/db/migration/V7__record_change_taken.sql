-- The search indexer marks the changes it has taken in (searchable, not yet durable in the index)
-- instead of remembering a high-water mark: sequence numbers are given at insert, not at commit,
-- so a slow transaction can commit a lower number after a higher one was taken.
alter table record_change add column taken boolean not null default false;
create index record_change_waiting on record_change (seq) where not taken;
