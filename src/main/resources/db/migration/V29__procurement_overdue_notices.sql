-- Issue 16: which overdue reports have been noticed, so that the daily job notifies once per clause and period
-- (a rerun or a second node inserts nothing and sends nothing).
create table clause_overdue_notice (
    clause_id    bigint      not null references contract_clause (id) on delete cascade,
    period_start date        not null,
    noticed_at   timestamptz not null,
    primary key (clause_id, period_start)
);
