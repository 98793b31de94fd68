-- Owned by members. Read-only views that members publishes for other modules' SQL (issue 18).
--
-- A module's tables are private to it (db/table-owners.properties). Another module asks the owner's Java API for
-- facts about rows it already holds (the names of these ids). Only where a list must filter, sort or page by the
-- owner's data, or must stay within its page's statement budget, does it read a view the owner publishes, in its one
-- statement. The view is the contract: the owner may change its tables behind it. ModuleTablesTest allows views listed as "published" and nothing else.
--
-- member_account: every account as other modules may see it. "freelancer" is whether the account has the freelancer
-- role; "only_freelancer" whether that is its only role; "last_active_at" its last sign-in, or its sign-up before the
-- first. Holds no data of its own; the personal data lives in account, which members exports and erases.
create view member_account as
select a.id                                     as account_id,
       a.display_name,
       a.email,
       a.enabled,
       a.created_at,
       a.email_verified_at,
       coalesce(a.last_login_at, a.created_at) as last_active_at,
       exists (select 1 from account_role r where r.account_id = a.id and r.role = 'FREELANCER')
                                                as freelancer,
       not exists (select 1 from account_role r where r.account_id = a.id and r.role <> 'FREELANCER')
                                                as only_freelancer
from account a;

-- member_organisation: every organisation's id, name and verification status, for lists that show the organisation
-- beside their own rows in the one statement their page budget allows.
create view member_organisation as
select o.id as organisation_id, o.name, o.municipality_code, o.verification_status = 'VERIFIED' as verified
from organisation o;
