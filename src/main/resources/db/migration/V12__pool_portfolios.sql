-- Pool portfolios through review, offers and agreements: a PORTFOLIO proposal gives one worker needs of several
-- members of one pool; accepted by the worker and every member, it becomes an agreement with the pool's host (the
-- employer of record) in which each member's part is recorded, so that the monthly cost split can be worked out.

-- The pool's employment terms: what the host pays a worker per hour and the employer's pension. Hourly-paid workers
-- also get holiday pay (12.5 %), which the cost split adds.
alter table pool
    add column hourly_wage     numeric(8, 2) not null default 185.00 check (hourly_wage > 0),
    add column pension_percent numeric(4, 2) not null default 8.00 check (pension_percent between 0 and 30);

-- A pool matching run plans one pool; its proposals are portfolios.
alter table matching_run add column pool_id bigint references pool (id) on delete cascade;
alter table matching_run drop constraint matching_run_trigger_check;
alter table matching_run add constraint matching_run_trigger_check check (trigger in ('MANUAL', 'NIGHTLY', 'CHANGE', 'POOL'));
alter table matching_run add constraint matching_run_pool check ((trigger = 'POOL') = (pool_id is not null));

-- A proposal is for a role (SINGLE, TEAM, CANDIDATE) or for a pool (PORTFOLIO).
alter table proposal alter column role_id drop not null;
alter table proposal add column pool_id bigint references pool (id) on delete cascade;
alter table proposal drop constraint proposal_kind_check;
alter table proposal add constraint proposal_kind_check check (kind in ('SINGLE', 'TEAM', 'CANDIDATE', 'PORTFOLIO'));
alter table proposal add constraint proposal_subject check (
    (kind = 'PORTFOLIO') = (pool_id is not null) and (role_id is null) = (pool_id is not null));
create index proposal_pool_idx on proposal (pool_id, review_status) where pool_id is not null;
drop index proposal_queue_idx;
create index proposal_queue_idx on proposal (review_status, run_id desc, score desc)
    where kind in ('SINGLE', 'TEAM', 'PORTFOLIO');

-- The needs of a portfolio, each with the member that posted it, its window and the half-hours a week worked in it.
create table proposal_need (
    proposal_id     bigint   not null references proposal (id) on delete cascade,
    need_id         bigint   not null references pool_need (id) on delete cascade,
    organisation_id bigint   not null references organisation (id) on delete cascade,
    slots           bytea    not null check (length(slots) = 42),
    half_hours      smallint not null check (half_hours > 0),
    primary key (proposal_id, need_id),
    check (half_hours <= bit_count(slots))
);

create index proposal_need_need_idx on proposal_need (need_id);

-- "Not again unchanged" for portfolios: the pool and the worker with the exact needs.
alter table proposal_refusal drop constraint proposal_refusal_pkey;
alter table proposal_refusal alter column role_id drop not null;
alter table proposal_refusal add column pool_id bigint references pool (id) on delete cascade;
alter table proposal_refusal add constraint proposal_refusal_subject check ((role_id is null) <> (pool_id is null));
create unique index proposal_refusal_role_uk on proposal_refusal (role_id, fingerprint) where role_id is not null;
create unique index proposal_refusal_pool_uk on proposal_refusal (pool_id, fingerprint) where pool_id is not null;

-- An agreement is with a role's cooperative, or with a pool's host for a worker's portfolio.
alter table agreement alter column role_id drop not null;
alter table agreement add column pool_id bigint references pool (id);
alter table agreement add constraint agreement_subject check ((role_id is null) <> (pool_id is null));
create index agreement_pool_idx on agreement (pool_id, start_date) where pool_id is not null;

-- Each member's part of a pool agreement: the need it posted, the half-hours of the week reserved for it (the
-- need's window, booked for the worker) and the half-hours a week worked in that window, which the member pays for.
create table agreement_part (
    agreement_id    bigint   not null references agreement (id) on delete cascade,
    need_id         bigint   not null references pool_need (id),
    organisation_id bigint   not null references organisation (id),
    title           text     not null,
    slots           bytea    not null check (length(slots) = 42),
    half_hours      smallint not null check (half_hours > 0),
    primary key (agreement_id, need_id),
    -- the need's hours a week, which fall within the reserved half-hours of its window
    constraint agreement_part_half_hours check (half_hours <= bit_count(slots))
);

create index agreement_part_need_idx on agreement_part (need_id);
create index agreement_part_organisation_idx on agreement_part (organisation_id);
