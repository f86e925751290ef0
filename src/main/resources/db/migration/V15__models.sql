-- Forward models (issue 7): the model registry. A stored model never changes; training again
-- under the same name stores the next version. The model itself is its open JSON document
-- (docs/models/), kept beside everything needed to say where it came from.
create table model (
    id               uuid             primary key,
    name             text             not null,
    version          int              not null,
    kind             text             not null,
    target           text             not null,
    target_unit      text             not null,
    inputs           jsonb            not null,
    features         jsonb            not null,
    table_definition jsonb            not null,
    table_id         uuid,
    table_version    int,
    snapshot         text             not null,
    row_count        int              not null,
    public_rows      int              not null,
    parameters       jsonb            not null,
    seed             bigint           not null,
    metrics          jsonb            not null,
    sigma_scale      double precision not null,
    domain           jsonb            not null,
    analysis         jsonb            not null,
    code_version     text             not null,
    document         bytea            not null,
    document_sha256  text             not null,
    author           text             not null,
    created_at       timestamptz      not null default now(),
    unique (name, version)
);

-- The datasets whose records trained a model: its access rule (a caller must see all of them)
-- and their contributors' credit (Credit.OfDataset.modelUses).
create table model_dataset (
    model_id   uuid   not null references model (id),
    dataset_id uuid   not null references dataset (id),
    row_count  int    not null,
    primary key (model_id, dataset_id)
);
create index model_dataset_by_dataset on model_dataset (dataset_id);

-- Predictions served, per model and day (how much a model is used).
create table model_prediction (
    model_id uuid   not null references model (id),
    day      date   not null,
    requests bigint not null,
    row_count bigint not null,
    primary key (model_id, day)
);
