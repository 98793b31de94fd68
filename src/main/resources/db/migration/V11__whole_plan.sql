-- The whole plan: after each run, at most one unreviewed proposal per role is chosen so that nobody is
-- booked twice or beyond the hours they want, with the largest total score (see ADR 0008). The run
-- records the plan's total and the greedy baseline's, for comparison.

alter table proposal add column in_plan boolean not null default false;

alter table matching_run
    add column plan_roles        integer,
    add column plan_total        numeric(12, 3),
    add column plan_greedy_total numeric(12, 3),
    add column plan_ms           bigint;
