-- gaps15 (issue 15): a follow-up records the target groups of the inclusive jobs actually filled, beside the counts.
create table partnership_follow_up_target_group (
    follow_up_id bigint not null references partnership_follow_up (id) on delete cascade,
    target_group text   not null,
    primary key (follow_up_id, target_group)
);
