-- The advisor (issue 21): the terms a role states beyond pay and pension, so that the secure-terms check can test them,
-- and the advisor's own record of each role's secure-terms score for the cooperative's dashboard.

-- The collective agreement the role follows (its minimum pay and pension rate, when the cooperative knows them), how
-- holiday is given, whether the work is office-type work (the salaried-employees act), full-timers' pay and pension in
-- the same job (the part-time act) and whether the people may become members of the cooperative.
alter table shared_role
    add column agreement_name            text          check (length(agreement_name) <= 120),
    add column agreement_minimum_pay     numeric(12, 2) check (agreement_minimum_pay > 0),
    add column agreement_pension_percent numeric(5, 2)  check (agreement_pension_percent between 0 and 100),
    add column holiday                   text          not null default 'NOT_STATED'
        check (holiday in ('HOLIDAY_PAY', 'PAID_HOLIDAY', 'NOT_STATED')),
    add column office_work               boolean       not null default false,
    add column full_time_pay             numeric(12, 2) check (full_time_pay > 0),
    add column full_time_pension_percent numeric(5, 2)  check (full_time_pension_percent between 0 and 100),
    add column membership_offered        boolean       not null default false;

-- Roles saved before the advisor implied holiday by their pay kind (hourly: holiday pay; monthly: paid holiday), as the
-- rights shown on proposals did; they keep that.
update shared_role set holiday = case pay_kind when 'HOURLY' then 'HOLIDAY_PAY' else 'PAID_HOLIDAY' end;

-- The score of each role at its last save: one row per role, read by the dashboard in one statement. Not personal
-- data: it describes an organisation's role.
create table advisor_role_score (
    role_id         bigint      primary key references shared_role (id) on delete cascade,
    organisation_id bigint      not null references organisation (id) on delete cascade,
    title           text        not null,
    active          boolean     not null,
    pay             text        not null check (pay in ('NONE', 'BASIC', 'ADVANCED')),
    conditions      text        not null check (conditions in ('NONE', 'BASIC', 'ADVANCED')),
    contracts       text        not null check (contracts in ('NONE', 'BASIC', 'ADVANCED')),
    management      text        not null check (management in ('NONE', 'BASIC', 'ADVANCED')),
    representation  text        not null check (representation in ('NONE', 'BASIC', 'ADVANCED')),
    blocking        smallint    not null,
    checked_at      timestamptz not null
);

create index advisor_role_score_organisation_idx on advisor_role_score (organisation_id) where active;
