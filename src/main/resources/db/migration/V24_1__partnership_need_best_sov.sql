-- gaps15 (issue 15): each open need's three best SØVs, refreshed a moment after a profile, a need, an RSV check or a
-- partnership changes (the change-triggered pattern of roles and freelancers), for the consultants' overview.
create table partnership_need_best_sov (
    need_id             bigint       not null references partnership_need (id) on delete cascade,
    rank                smallint     not null check (rank between 1 and 3),
    sov_organisation_id bigint       not null references organisation (id) on delete cascade,
    score               numeric(4,1) not null,
    refreshed_at        timestamptz  not null,
    primary key (need_id, rank)
);
create index partnership_need_best_sov_sov_idx on partnership_need_best_sov (sov_organisation_id);
