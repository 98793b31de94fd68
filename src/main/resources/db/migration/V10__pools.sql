-- Employee pools: cooperatives that share workers on one contract with a host organisation (the employer of
-- record), the members' part-time needs, and the workers the pool employs or considers.

create table pool (
    id                   bigint generated always as identity primary key,
    name                 text          not null check (length(trim(name)) between 1 and 120),
    -- the employer of record; always an approved member of its own pool
    host_organisation_id bigint        not null references organisation (id),
    purpose              text          not null default '',
    municipality_code    smallint      not null references municipality (code),
    -- charged on top of the hours a member uses, e.g. 8.00
    fee_percent          numeric(5, 2) not null check (fee_percent between 0 and 100),
    -- the rules members agree to: notice before leaving or cutting a need, hours each member guarantees
    notice_days          smallint      not null check (notice_days between 0 and 365),
    min_hours_per_member numeric(4, 1) not null check (min_hours_per_member between 0 and 48),
    created_by           bigint        references account (id) on delete set null,
    created_at           timestamptz   not null,
    version              bigint        not null default 0
);

create unique index pool_name_uk on pool (lower(name));
create index pool_host_idx on pool (host_organisation_id);

create table pool_member (
    id              bigint generated always as identity primary key,
    pool_id         bigint      not null references pool (id) on delete cascade,
    organisation_id bigint      not null references organisation (id) on delete cascade,
    status          text        not null check (status in ('APPLIED', 'APPROVED', 'REJECTED', 'LEFT')),
    applied_at      timestamptz not null,
    decided_at      timestamptz,
    decided_by      bigint      references account (id) on delete set null,
    version         bigint      not null default 0,
    constraint pool_member_once unique (pool_id, organisation_id),
    constraint pool_member_decided check (status = 'APPLIED' or decided_at is not null)
);

create index pool_member_org_idx on pool_member (organisation_id, status);

create table pool_need (
    id                bigint generated always as identity primary key,
    pool_id           bigint        not null references pool (id) on delete cascade,
    organisation_id   bigint        not null references organisation (id) on delete cascade,
    title             text          not null check (length(trim(title)) between 1 and 120),
    -- WeekGrid of the window the hours fall in (see freelancer_profile.availability)
    schedule          bytea         not null check (length(schedule) = 42),
    -- at most the schedule's hours (checked by the pools module, which can read the grid)
    hours_per_week    numeric(4, 1) not null check (hours_per_week > 0 and hours_per_week <= 168),
    -- on site in a municipality, or remote (no municipality, no travel)
    municipality_code smallint      references municipality (code),
    remote            boolean       not null default false,
    start_date        date          not null,
    end_date          date,
    status            text          not null default 'OPEN' check (status in ('OPEN', 'FILLED', 'WITHDRAWN')),
    created_by        bigint        references account (id) on delete set null,
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    version           bigint        not null default 0,
    constraint pool_need_place check (remote = (municipality_code is null)),
    constraint pool_need_period check (end_date is null or end_date >= start_date)
);

create index pool_need_pool_idx on pool_need (pool_id, status);
create index pool_need_open_idx on pool_need (status) where status = 'OPEN';

create table pool_need_skill (
    need_id   bigint   not null references pool_need (id) on delete cascade,
    skill_id  smallint not null references skill (id),
    min_level smallint not null check (min_level between 1 and 3),
    primary key (need_id, skill_id)
);

create index pool_need_skill_skill_idx on pool_need_skill (skill_id);

-- A freelancer who wants pool work, added to a pool by its host's staff or a consultant.
create table pool_worker (
    id                bigint generated always as identity primary key,
    pool_id           bigint      not null references pool (id) on delete cascade,
    freelancer_id     bigint      not null references account (id) on delete cascade,
    desired_hours_min smallint    not null check (desired_hours_min between 1 and 48),
    desired_hours_max smallint    not null check (desired_hours_max between 1 and 48),
    status            text        not null default 'ACTIVE' check (status in ('ACTIVE', 'REMOVED')),
    joined_at         timestamptz not null,
    added_by          bigint      references account (id) on delete set null,
    constraint pool_worker_once unique (pool_id, freelancer_id),
    constraint pool_worker_hours check (desired_hours_min <= desired_hours_max)
);

create index pool_worker_freelancer_idx on pool_worker (freelancer_id, status);
