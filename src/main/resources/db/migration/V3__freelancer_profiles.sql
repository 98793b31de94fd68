-- Freelancer profiles: where and how much a person wants to work, their skills and weekly availability.

create table freelancer_profile (
    account_id           bigint primary key references account (id) on delete cascade,
    municipality_code    smallint references municipality (code),
    travel_km            smallint check (travel_km between 0 and 500),
    works_on_site        boolean     not null default true,
    works_hybrid         boolean     not null default false,
    works_remote         boolean     not null default false,
    desired_hours_min    smallint check (desired_hours_min between 1 and 48),
    desired_hours_max    smallint check (desired_hours_max between 1 and 48),
    available_from       date,
    available_until      date,
    languages            text[]      not null default '{}',
    -- WeekGrid: 7 days x 48 half-hours = 336 bits in six little-endian 64-bit words (42 bytes)
    availability         bytea       not null default decode(repeat('00', 42), 'hex')
        check (length(availability) = 42),
    wants_job_share      boolean     not null default false,
    wants_pool           boolean     not null default false,
    -- answers 1..5 to the work-style questions, in question order; null until answered
    work_style           smallint[],
    -- optional facts about the person's situation, kept only with their consent
    situation_consent_at timestamptz,
    lacks_pension        boolean,
    lacks_holiday_pay    boolean,
    akasse_member        boolean,
    flexjob_eligible     boolean,
    created_at           timestamptz not null default now(),
    updated_at           timestamptz not null default now(),
    version              bigint      not null default 0,
    constraint freelancer_hours_range check (desired_hours_min <= desired_hours_max),
    constraint freelancer_period check (available_until is null or available_from is null
        or available_until >= available_from),
    constraint freelancer_situation_needs_consent check (situation_consent_at is not null or (
        lacks_pension is null and lacks_holiday_pay is null and akasse_member is null and flexjob_eligible is null))
);

create index freelancer_profile_municipality_idx on freelancer_profile (municipality_code);

create table freelancer_skill (
    account_id bigint   not null references freelancer_profile (account_id) on delete cascade,
    skill_id   smallint not null references skill (id),
    level      smallint not null check (level between 1 and 3),
    primary key (account_id, skill_id)
);

create index freelancer_skill_skill_idx on freelancer_skill (skill_id, level);
