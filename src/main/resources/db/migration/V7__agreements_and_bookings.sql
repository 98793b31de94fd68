-- The audit trail of state changes, and agreements with the bookings that reserve each person's time.

-- btree_gist lets one exclusion constraint combine equality on a plain column (the person) with range
-- overlap (dates, half-hours). It is a trusted extension, so the database owner may create it; it ships with
-- PostgreSQL's contrib (the official images and the embedded binaries used in development and tests).
create extension if not exists btree_gist;

-- Every state change of a proposal, offer or agreement: who, when, from -> to, and why.
create table state_change (
    id           bigint generated always as identity primary key,
    -- what changed, e.g. 'AGREEMENT', 'PROPOSAL', 'OFFER'; with subject_id it names one thing
    subject_type text        not null check (subject_type ~ '^[A-Z][A-Z_]*$'),
    subject_id   bigint      not null,
    -- null when the subject came into being with this change
    from_state   text,
    to_state     text        not null,
    -- null: the system did it (expiry, a scheduled job); set to null when the account is erased
    actor_id     bigint      references account (id) on delete set null,
    reason       text,
    at           timestamptz not null
);

create index state_change_subject_idx on state_change (subject_type, subject_id, at, id);

-- An agreement between a cooperative and the freelancers who share one of its roles. Agreements are kept
-- (bookkeeping law: 5 years), so nothing they reference may be deleted under them.
create table agreement (
    id                        bigint generated always as identity primary key,
    role_id                   bigint        not null references shared_role (id),
    organisation_id           bigint        not null references organisation (id),
    -- the proposal it came from; null for agreements made without one
    proposal_id               bigint        references proposal (id) on delete set null,
    start_date                date          not null,
    -- the last working day; null: until further notice
    end_date                  date,
    status                    text          not null default 'ACTIVE' check (status in ('ACTIVE', 'ENDED')),
    -- the terms as they were agreed, copied from the role and the organisation: later edits do not change them
    role_title                text          not null,
    municipality_code         smallint      not null references municipality (code),
    work_mode                 text          not null check (work_mode in ('ON_SITE', 'HYBRID', 'REMOTE')),
    handover_minutes          smallint      not null check (handover_minutes between 0 and 240),
    pay_kind                  text          not null check (pay_kind in ('HOURLY', 'MONTHLY')),
    pay_from                  numeric(9, 2) not null check (pay_from > 0),
    pay_to                    numeric(9, 2) check (pay_to is null or pay_to >= pay_from),
    pension_percent           numeric(4, 2) not null check (pension_percent between 0 and 30),
    collective_agreement      boolean       not null,
    collective_agreement_name text          not null default '',
    open_to_flexjob           boolean       not null,
    created_at                timestamptz   not null,
    ended_at                  timestamptz,
    version                   bigint        not null default 0,
    constraint agreement_period check (end_date is null or end_date >= start_date),
    constraint agreement_ended check ((status = 'ENDED') = (ended_at is not null))
);

create index agreement_organisation_idx on agreement (organisation_id, start_date desc);
create index agreement_proposal_idx on agreement (proposal_id);

-- Each freelancer in an agreement with the half-hours of the week they work (a WeekGrid, see
-- freelancer_profile.availability).
create table agreement_party (
    agreement_id  bigint   not null references agreement (id) on delete cascade,
    freelancer_id bigint   not null references account (id),
    position      smallint not null,
    slots         bytea    not null check (length(slots) = 42),
    half_hours    smallint not null check (half_hours > 0),
    primary key (agreement_id, freelancer_id),
    unique (agreement_id, position),
    constraint agreement_party_half_hours check (bit_count(slots) = half_hours)
);

create index agreement_party_freelancer_idx on agreement_party (freelancer_id);

-- A person's booked time: one row per run of consecutive half-hours of the week (0 = Monday 00:00,
-- 336 = the end of Sunday; a run never wraps past Sunday), valid for the agreement's dates. The exclusion
-- constraint is the guarantee that nobody is ever double-booked: PostgreSQL refuses (SQLSTATE 23P01) a row
-- for the same person whose dates and half-hours both overlap another's, also between concurrent
-- transactions. Dates are compared as a whole, so the same weekday slot in two periods that share even one
-- day counts as a clash, whether or not that weekday falls inside the shared days: it errs on the safe side.
create table booking (
    id            bigint generated always as identity primary key,
    agreement_id  bigint    not null,
    freelancer_id bigint    not null,
    period        daterange not null,
    slots         int4range not null,
    foreign key (agreement_id, freelancer_id) references agreement_party (agreement_id, freelancer_id)
        on delete cascade,
    constraint booking_slots_in_week check (not isempty(slots) and slots <@ int4range(0, 336)),
    constraint booking_period_bounded_below check (not isempty(period) and not lower_inf(period)),
    constraint booking_no_double_booking exclude using gist (freelancer_id with =, period with &&, slots with &&)
);

create index booking_agreement_idx on booking (agreement_id);
