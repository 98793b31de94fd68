-- A rejected organisation no longer holds its CVR number for ever (issue 13, finding 7): the number is unique
-- among organisations that are awaiting verification or verified, and can be registered again after a rejection.
drop index organisation_cvr_uk;
create unique index organisation_cvr_uk on organisation (cvr) where verification_status <> 'REJECTED';
