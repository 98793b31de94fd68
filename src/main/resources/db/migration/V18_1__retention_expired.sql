-- The retention run records what the modules' own time limits removed (PersonalData.removeExpired), in place of
-- two counters V18 made for work that lives in the modules (security events) or does not exist yet (unconfirmed
-- sign-ups: sign-up has no confirmation step).
alter table retention_run
    add column expired integer not null default 0,
    drop column unconfirmed,
    drop column security_events;
