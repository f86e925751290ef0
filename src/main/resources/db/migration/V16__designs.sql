-- Inverse design (issue 8): a design keeps its request and its rounds. Each round is one search
-- with the models of that moment (retrained when measured results of proposed experiments
-- arrived): its outcome, how many measured materials the models learnt from and the best of them,
-- so that the history "best value found vs experiments" can be drawn. Rounds never change.
create table design (
    id         uuid        primary key,
    name       text        not null,
    request    jsonb       not null,
    -- the user who started it (null: the command line or an anonymous caller); only they or an
    -- administrator run its rounds and save its candidates
    owner      uuid,
    author     text        not null,
    created_at timestamptz not null default now()
);

create table design_round (
    design_id   uuid             not null references design (id),
    round       int              not null,
    models      jsonb            not null,
    experiments int              not null,
    best        double precision,
    outcome     jsonb            not null,
    author      text             not null,
    created_at  timestamptz      not null default now(),
    primary key (design_id, round)
);

-- Candidates saved as planned experiments: the material spec made from each, in its dataset.
create table design_spec (
    design_id  uuid not null,
    round      int  not null,
    rank       int  not null,
    spec_id    uuid not null,
    dataset_id uuid references dataset (id),
    primary key (design_id, round, rank),
    foreign key (design_id, round) references design_round (design_id, round)
);
