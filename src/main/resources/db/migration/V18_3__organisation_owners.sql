-- Organisations have owners (issue 13, review finding 5): only owners remove staff or change the organisation's
-- name or type. Every owner is one of the organisation's staff; the organisation keeps at least one owner.
create table organisation_owner (
    organisation_id bigint      not null references organisation (id) on delete cascade,
    account_id      bigint      not null references account (id) on delete cascade,
    primary key (organisation_id, account_id)
);

-- Today's organisations: the staff member who joined first (the one who signed the organisation up) owns it.
insert into organisation_owner (organisation_id, account_id)
select distinct on (organisation_id) organisation_id, account_id
from organisation_staff
order by organisation_id, joined_at, account_id;
