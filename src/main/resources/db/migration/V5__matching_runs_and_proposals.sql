-- Matching runs and the proposals they make. A re-run replaces proposals nobody has reviewed yet.

create table matching_run (
    id             bigint generated always as identity primary key,
    trigger        text        not null check (trigger in ('MANUAL', 'NIGHTLY', 'CHANGE')),
    started_by     bigint      references account (id) on delete set null,
    started_at     timestamptz not null,
    finished_at    timestamptz,
    engine_version text        not null,
    status         text        not null check (status in ('RUNNING', 'DONE', 'FAILED')),
    roles          integer     not null default 0,
    freelancers    integer     not null default 0,
    proposals      integer     not null default 0,
    duration_ms    bigint,
    error          text
);

create index matching_run_started_idx on matching_run (started_at desc);

create table proposal (
    id            bigint generated always as identity primary key,
    run_id        bigint        not null references matching_run (id),
    role_id       bigint        not null references shared_role (id) on delete cascade,
    kind          text          not null check (kind in ('SINGLE', 'TEAM')),
    rank          smallint      not null,
    score         numeric(7, 3) not null,
    -- the engine's breakdown and reasons, as data, for the explanation pages
    explanation   jsonb         not null,
    review_status text          not null default 'UNREVIEWED',
    created_at    timestamptz   not null
);

create index proposal_role_idx on proposal (role_id, review_status, kind, rank);

create table proposal_member (
    proposal_id   bigint   not null references proposal (id) on delete cascade,
    position      smallint not null,
    freelancer_id bigint   not null references account (id) on delete cascade,
    -- the slots this member works (WeekGrid bytes) and how many half hours that is
    assigned      bytea    not null check (length(assigned) = 42),
    half_hours    smallint not null,
    primary key (proposal_id, position)
);

create index proposal_member_freelancer_idx on proposal_member (freelancer_id);
