-- Privacy: exports of a member's data, erasures with their reason, consent records, who looked at a freelancer's
-- profile, retention warnings and the daily retention runs with their counts.

-- A member's export: asked for, built in the background by one node (rows are claimed with FOR UPDATE SKIP
-- LOCKED), kept as a ZIP until it expires.
create table privacy_export (
    id           bigint generated always as identity primary key,
    account_id   bigint      not null references account (id) on delete cascade,
    status       text        not null default 'REQUESTED' check (status in ('REQUESTED', 'READY', 'FAILED')),
    requested_at timestamptz not null,
    ready_at     timestamptz,
    expires_at   timestamptz,
    content      bytea,
    size_bytes   integer,
    constraint privacy_export_ready check ((status = 'READY') = (content is not null and expires_at is not null))
);

create index privacy_export_account_idx on privacy_export (account_id, requested_at desc);
create index privacy_export_due_idx on privacy_export (id) where status = 'REQUESTED';

-- An erasure: the account is kept as an anonymous stub (its id is still referenced by agreements kept under the
-- bookkeeping rules), so this row holds no personal data: the alias, who asked and why.
create table privacy_erasure (
    id           bigint generated always as identity primary key,
    account_id   bigint      not null unique references account (id),
    alias        text        not null,
    -- SELF, CONSULTANT (on the member's written request) or RETENTION (inactive profile)
    requested_by text        not null check (requested_by in ('SELF', 'CONSULTANT', 'RETENTION')),
    consultant_id bigint     references account (id) on delete set null,
    reason       text        not null,
    erased_at    timestamptz not null
);

-- Consents as given and withdrawn, with the privacy notice's version at the time.
create table consent_record (
    id             bigint generated always as identity primary key,
    account_id     bigint      not null references account (id) on delete cascade,
    purpose        text        not null check (purpose in ('SIGN_UP_TERMS', 'SITUATION_FACTS', 'POOL_VISIBILITY',
                                                           'IMPACT_STATISTICS')),
    notice_version text        not null,
    given_at       timestamptz not null,
    withdrawn_at   timestamptz
);

create index consent_record_account_idx on consent_record (account_id, purpose, given_at desc);

-- Consents given before consent records existed, with the version of the notice they saw.
insert into consent_record (account_id, purpose, notice_version, given_at)
select id, 'SIGN_UP_TERMS', '2026-01', privacy_consent_at from account where privacy_consent_at is not null;
insert into consent_record (account_id, purpose, notice_version, given_at)
select account_id, 'SITUATION_FACTS', '2026-01', situation_consent_at from freelancer_profile
where situation_consent_at is not null;

-- Consultants' and admins' reads of a freelancer's profile and of pages that name them.
create table profile_view (
    id            bigint generated always as identity primary key,
    freelancer_id bigint      not null references account (id) on delete cascade,
    viewer_id     bigint      not null references account (id) on delete cascade,
    page          text        not null check (page like '/%'),
    viewed_at     timestamptz not null
);

create index profile_view_freelancer_idx on profile_view (freelancer_id, viewed_at desc);

-- When an inactive profile was warned; a sign-in after it starts the count again.
create table retention_warning (
    account_id bigint      primary key references account (id) on delete cascade,
    warned_at  timestamptz not null
);

-- One row per day's retention run: the unique day makes it run once across nodes.
create table retention_run (
    run_date          date        primary key,
    started_at        timestamptz not null,
    finished_at       timestamptz,
    warned            integer     not null default 0,
    erased            integer     not null default 0,
    skipped           integer     not null default 0,
    unconfirmed       integer     not null default 0,
    security_events   integer     not null default 0,
    mails             integer     not null default 0,
    exports           integer     not null default 0
);
