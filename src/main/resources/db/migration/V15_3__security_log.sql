-- The security log (issue 13, finding 4): sign-ins, failures, denied access, account and second-factor changes,
-- staff removal and admin actions, kept for a year (SecurityLog.forgetOldEvents).
create table security_event (
    id         bigint generated always as identity primary key,
    at         timestamptz not null,
    kind       text        not null,
    -- no foreign keys: the log outlives an erased account (it then names only the id)
    account_id bigint,
    actor_id   bigint,
    -- the e-mail a sign-in used (also for unknown addresses), or another short subject
    subject    text,
    address    text,
    detail     text
);

create index security_event_at_idx on security_event (at desc, id desc);
create index security_event_kind_idx on security_event (kind, at desc);
