-- Protected core data (issue 5): rules on who may receive a dataset's records, and what they did
-- download. protection null: not protected. Numbered after V10 (audit) and V11 (export log).
alter table dataset add column protection jsonb;

-- Records of protected datasets downloaded per user and day, against the dataset's quota.
create table download_usage (
    dataset_id uuid    not null references dataset (id),
    user_key   text    not null,
    day        date    not null,
    records    bigint  not null,
    primary key (dataset_id, user_key, day)
);
