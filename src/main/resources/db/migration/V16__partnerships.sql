-- Social-economy partnerships and guidance courses (issue #15).

-- Organisation kind (members): a cooperative, a social-economy enterprise (SØV) or an ordinary firm.
alter table organisation
    add column kind text not null default 'COOPERATIVE'
        check (kind in ('COOPERATIVE', 'SOCIAL_ECONOMY_ENTERPRISE', 'FIRM'));
update organisation set kind = 'SOCIAL_ECONOMY_ENTERPRISE' where type = 'SOCIAL_ECONOMY_ENTERPRISE';

-- Everything below belongs to the partnerships module.

-- A SØV's capability profile and its RSV status: self-declared, then checked by a consultant.
create table sov_profile (
    organisation_id  bigint primary key references organisation (id) on delete cascade,
    presentation     text        not null default '',
    references_text  text        not null default '',
    capacity_hours   integer     not null check (capacity_hours between 0 and 10000),
    capacity_people  integer     not null check (capacity_people between 0 and 1000),
    rsv_declared     boolean     not null default false,
    rsv_checked_on   date,
    rsv_checked_by   bigint references account (id) on delete set null,
    rsv_check_found  boolean,
    updated_at       timestamptz not null,
    version          bigint      not null default 0
);

create table sov_service (
    organisation_id bigint not null references sov_profile (organisation_id) on delete cascade,
    service         text   not null,
    primary key (organisation_id, service)
);

create table sov_municipality (
    organisation_id   bigint   not null references sov_profile (organisation_id) on delete cascade,
    municipality_code smallint not null references municipality (code),
    primary key (organisation_id, municipality_code)
);

create table sov_region (
    organisation_id bigint   not null references sov_profile (organisation_id) on delete cascade,
    region_code     smallint not null references region (code),
    primary key (organisation_id, region_code)
);

create table sov_target_group (
    organisation_id bigint not null references sov_profile (organisation_id) on delete cascade,
    target_group    text   not null,
    primary key (organisation_id, target_group)
);

-- A firm's partnership need.
create table partnership_need (
    id                bigint generated always as identity primary key,
    organisation_id   bigint      not null references organisation (id) on delete cascade,
    title             text        not null,
    model             text        not null check (model in ('SUBCONTRACTING', 'INCLUSIVE_HR', 'JOINT_ENTERPRISE')),
    service           text        not null,
    hours_per_week    integer     check (hours_per_week between 1 and 10000),
    yearly_amount     integer     check (yearly_amount between 1 and 1000000000),
    municipality_code smallint    not null references municipality (code),
    start_on          date        not null,
    inclusive_jobs    integer     not null check (inclusive_jobs between 0 and 1000),
    free_text         text        not null default '',
    status            text        not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint      not null default 0,
    constraint partnership_need_volume check (hours_per_week is not null or yearly_amount is not null)
);

create index partnership_need_org_idx on partnership_need (organisation_id);

create table partnership_need_target_group (
    need_id      bigint not null references partnership_need (id) on delete cascade,
    target_group text   not null,
    primary key (need_id, target_group)
);

-- An introduction a consultant proposes between a firm's need and a SØV; contacts only when both accept.
create table partnership_introduction (
    id                  bigint generated always as identity primary key,
    need_id             bigint      not null references partnership_need (id) on delete cascade,
    sov_organisation_id bigint      not null references organisation (id) on delete cascade,
    proposed_by         bigint references account (id) on delete set null,
    proposed_at         timestamptz not null,
    need_version        bigint      not null,
    profile_version     bigint      not null,
    note                text        not null default '',
    firm_answer         text        check (firm_answer in ('ACCEPTED', 'DECLINED')),
    sov_answer          text        check (sov_answer in ('ACCEPTED', 'DECLINED')),
    status              text        not null default 'PROPOSED' check (status in ('PROPOSED', 'ACCEPTED', 'DECLINED')),
    version             bigint      not null default 0
);

create index partnership_introduction_need_idx on partnership_introduction (need_id);
create index partnership_introduction_sov_idx on partnership_introduction (sov_organisation_id);
-- at most one open or accepted introduction per need and SØV
create unique index partnership_introduction_open_uk on partnership_introduction (need_id, sov_organisation_id)
    where status <> 'DECLINED';

-- A guidance course (vejledningsforløb) for one firm.
create table guidance_course (
    id                   bigint generated always as identity primary key,
    organisation_id      bigint      not null references organisation (id) on delete cascade,
    requested_by         bigint references account (id) on delete set null,
    requested_at         timestamptz not null,
    request_text         text        not null default '',
    stage                text        not null default 'INTAKE'
        check (stage in ('INTAKE', 'CLARIFYING', 'PARTNER_FOUND', 'AGREEMENT', 'FOLLOW_UP', 'CLOSED')),
    intake_status        text        not null default 'WAITING' check (intake_status in ('WAITING', 'TAKEN', 'DECLINED')),
    intake_reason        text        not null default '',
    consultant_id        bigint references account (id) on delete set null,
    taken_at             timestamptz,
    outcome              text check (outcome in ('PARTNERSHIP', 'NO_PARTNERSHIP', 'NO_HELP_NEEDED')),
    outcome_reason       text        not null default '',
    closed_at            timestamptz,
    rating               smallint check (rating between 1 and 5),
    feedback             text        not null default '',
    version              bigint      not null default 0
);

create index guidance_course_org_idx on guidance_course (organisation_id);
create index guidance_course_intake_idx on guidance_course (intake_status, requested_at);

create table course_meeting (
    id           bigint generated always as identity primary key,
    course_id    bigint      not null references guidance_course (id) on delete cascade,
    held_on      date        not null,
    mode         text        not null check (mode in ('MEETING', 'PHONE', 'VIDEO')),
    minutes      integer     not null check (minutes between 1 and 1440),
    participants text        not null,
    notes        text        not null default '',
    recorded_by  bigint references account (id) on delete set null,
    recorded_at  timestamptz not null
);

create index course_meeting_course_idx on course_meeting (course_id, held_on);

create table course_next_step (
    id          bigint generated always as identity primary key,
    course_id   bigint  not null references guidance_course (id) on delete cascade,
    meeting_id  bigint  not null references course_meeting (id) on delete cascade,
    description text    not null,
    owner       text    not null,
    due_on      date    not null,
    done        boolean not null default false
);

create index course_next_step_due_idx on course_next_step (done, due_on);

-- The checklist per partnership model, kept as data with every version.
create table partnership_checklist (
    id         bigint generated always as identity primary key,
    model      text        not null check (model in ('SUBCONTRACTING', 'INCLUSIVE_HR', 'JOINT_ENTERPRISE')),
    version_no integer     not null,
    items      text        not null,
    changed_by bigint references account (id) on delete set null,
    changed_at timestamptz not null,
    unique (model, version_no)
);

insert into partnership_checklist (model, version_no, items, changed_at) values
('SUBCONTRACTING', 1, E'Opgavens omfang\nPris og volumen\nKvalitetskrav\nHvem ansætter hvem\nHvordan de rummelige job støttes\nOpstart', now()),
('INCLUSIVE_HR', 1, E'Roller og ansvar\nStøtteperson\nLøntilskud eller fleksjobordning', now()),
('JOINT_ENTERPRISE', 1, E'Selskabsform\nRSV-kriterierne\nLedelse og styring (governance)', now());

-- A partnership made: the parties, the model, dates, volume, the inclusive jobs agreed and filled.
create table partnership (
    id                   bigint generated always as identity primary key,
    course_id            bigint references guidance_course (id) on delete set null,
    need_id              bigint references partnership_need (id) on delete set null,
    firm_organisation_id bigint      not null references organisation (id) on delete cascade,
    sov_organisation_id  bigint      not null references organisation (id) on delete cascade,
    model                text        not null check (model in ('SUBCONTRACTING', 'INCLUSIVE_HR', 'JOINT_ENTERPRISE')),
    municipality_code    smallint    not null references municipality (code),
    start_on             date        not null,
    end_on               date,
    volume_hours         integer     not null check (volume_hours between 0 and 10000),
    agreed_jobs          integer     not null check (agreed_jobs between 0 and 1000),
    agreed_job_hours     integer     not null check (agreed_job_hours between 0 and 10000),
    recorded_by          bigint references account (id) on delete set null,
    recorded_at          timestamptz not null,
    version              bigint      not null default 0,
    constraint partnership_dates check (end_on is null or end_on >= start_on)
);

create index partnership_firm_idx on partnership (firm_organisation_id);
create index partnership_sov_idx on partnership (sov_organisation_id);

create table partnership_target_group (
    partnership_id bigint not null references partnership (id) on delete cascade,
    target_group   text   not null,
    primary key (partnership_id, target_group)
);

-- Quarterly follow-ups in the first year: the figures actually filled against the agreed ones.
create table partnership_follow_up (
    id             bigint generated always as identity primary key,
    partnership_id bigint  not null references partnership (id) on delete cascade,
    due_on         date    not null,
    recorded_on    date,
    filled_jobs    integer check (filled_jobs between 0 and 1000),
    filled_hours   integer check (filled_hours between 0 and 10000),
    note           text    not null default '',
    recorded_by    bigint references account (id) on delete set null,
    unique (partnership_id, due_on)
);
