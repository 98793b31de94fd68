-- Issue 21: the group (koncern) an organisation belongs to, named by its parent company's CVR number. Hours a
-- person works for employers in the same group count together for the contract-statement threshold
-- (ansættelsesbevisloven § 1, stk. 2). An organisation without a parent is the head of its own group.
alter table organisation add column group_parent_cvr text
    constraint organisation_group_parent_cvr check (group_parent_cvr ~ '^[1-9][0-9]{7}$');

-- The group key of an organisation: its parent's CVR number, or its own.
create index organisation_group_idx on organisation ((coalesce(group_parent_cvr, cvr)));
