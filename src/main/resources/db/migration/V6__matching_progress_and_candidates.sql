-- Runs report their progress while they work, only one runs at a time, and a run may cover only
-- the roles a change affects. Shared roles also keep their best single candidates (the people a team
-- is built from), shown beside the teams but never offered on their own.

alter table matching_run
    add column roles_total integer not null default 0,
    add column roles_done  integer not null default 0,
    add column scope       text    not null default 'ALL' check (scope in ('ALL', 'AFFECTED'));

-- At most one run at a time, enforced by the database rather than by a lock held for a whole run.
create unique index matching_run_one_running on matching_run ((true)) where status = 'RUNNING';

alter table proposal drop constraint proposal_kind_check;
alter table proposal add constraint proposal_kind_check check (kind in ('SINGLE', 'TEAM', 'CANDIDATE'));
