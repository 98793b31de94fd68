-- Organisation profiles, staff invitations, consultants' verification decisions, and shared roles.

alter table organisation
    add column address                  text not null default '',
    add column sector                   text not null default '',
    add column presentation             text not null default '',
    add column collective_agreement     boolean not null default false,
    add column collective_agreement_name text not null default '',
    add column updated_at               timestamptz not null default now();

-- Every verification decision a consultant takes, with its reason: the organisation keeps the latest.
create table organisation_decision (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisation (id) on delete cascade,
    decision        text        not null check (decision in ('VERIFIED', 'REJECTED')),
    reason          text        not null default '',
    decided_by      bigint      references account (id) on delete set null,
    decided_at      timestamptz not null,
    constraint organisation_decision_reason check (decision = 'VERIFIED' or length(trim(reason)) > 0)
);

create index organisation_decision_org_idx on organisation_decision (organisation_id, decided_at desc);

-- An invitation for a colleague to join an organisation's staff. Only a hash of the token is stored.
create table staff_invitation (
    id              bigint generated always as identity primary key,
    organisation_id bigint      not null references organisation (id) on delete cascade,
    email           text        not null check (email = lower(email)),
    token_hash      text        not null unique,
    invited_by      bigint      references account (id) on delete set null,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    accepted_at     timestamptz,
    revoked_at      timestamptz
);

create index staff_invitation_org_idx on staff_invitation (organisation_id);

create table shared_role (
    id                bigint generated always as identity primary key,
    organisation_id   bigint        not null references organisation (id) on delete cascade,
    title             text          not null,
    description       text          not null default '',
    -- WeekGrid of the hours to cover (see freelancer_profile.availability)
    schedule          bytea         not null check (length(schedule) = 42),
    sharers           smallint      not null check (sharers between 1 and 3),
    handover_minutes  smallint      not null default 0 check (handover_minutes between 0 and 240),
    -- null: an even split; otherwise each sharer's share in percent, in order, adding up to 100
    split_percents    smallint[],
    municipality_code smallint      not null references municipality (code),
    work_mode         text          not null check (work_mode in ('ON_SITE', 'HYBRID', 'REMOTE')),
    start_date        date          not null,
    end_date          date,
    pay_kind          text          not null check (pay_kind in ('HOURLY', 'MONTHLY')),
    pay_from          numeric(9, 2) not null check (pay_from > 0),
    pay_to            numeric(9, 2) check (pay_to is null or pay_to >= pay_from),
    pension_percent   numeric(4, 2) not null default 0 check (pension_percent between 0 and 30),
    collective_agreement boolean    not null default false,
    open_to_flexjob   boolean       not null default false,
    status            text          not null default 'DRAFT'
        check (status in ('DRAFT', 'PUBLISHED', 'FILLED', 'CLOSED')),
    created_at        timestamptz   not null,
    updated_at        timestamptz   not null,
    published_at      timestamptz,
    version           bigint        not null default 0,
    constraint shared_role_period check (end_date is null or end_date >= start_date)
);

create index shared_role_org_idx on shared_role (organisation_id, status);
create index shared_role_status_idx on shared_role (status, municipality_code);

create table shared_role_skill (
    role_id     bigint   not null references shared_role (id) on delete cascade,
    skill_id    smallint not null references skill (id),
    -- MUST_EACH: every sharer needs it; MUST_ONE: at least one sharer; NICE: a plus
    requirement text     not null check (requirement in ('MUST_EACH', 'MUST_ONE', 'NICE')),
    min_level   smallint not null check (min_level between 1 and 3),
    primary key (role_id, skill_id)
);

create index shared_role_skill_skill_idx on shared_role_skill (skill_id);

-- What changed in a published role: who, when, and each field's old and new value as text.
create table shared_role_change (
    id         bigint generated always as identity primary key,
    role_id    bigint      not null references shared_role (id) on delete cascade,
    changed_by bigint      references account (id) on delete set null,
    changed_at timestamptz not null,
    field      text        not null,
    old_value  text        not null,
    new_value  text        not null
);

create index shared_role_change_role_idx on shared_role_change (role_id, changed_at);
