-- Several nodes on one database (issue #12).
--
-- ShedLock's JDBC provider: one row per scheduled job, held by the node that runs it until it finishes (or until
-- lock_until passes, should that node die). The layout is ShedLock's documented one for PostgreSQL.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamptz  not null,
    locked_at  timestamptz  not null,
    locked_by  varchar(255) not null
);

-- A matching run tells that its node is alive with each step. A run whose node stopped (no step for a while) is
-- marked failed by whichever node sweeps next, instead of by every node that starts: a starting node must not
-- fail a run that another node is working on.
alter table matching_run add column heartbeat_at timestamptz not null default now();
