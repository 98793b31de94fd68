-- The retention run now removes sign-ups whose e-mail address was never confirmed (issue 14), and counts them.
alter table retention_run
    add column unconfirmed integer not null default 0;
