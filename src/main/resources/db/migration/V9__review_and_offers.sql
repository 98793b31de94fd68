-- Consultants review proposals; an approved proposal becomes offers to every party, who accept or
-- decline; declined, expired and rejected proposals leave a fingerprint so that matching does not make
-- the same proposal again unchanged.

alter table proposal add column version bigint not null default 0;

alter table proposal add constraint proposal_review_status_check check (review_status in
    ('UNREVIEWED', 'REJECTED', 'OFFERED', 'AGREED', 'DECLINED', 'EXPIRED', 'BLOCKED'));

create index proposal_queue_idx on proposal (review_status, run_id desc, score desc)
    where kind in ('SINGLE', 'TEAM');

create table offer (
    id              bigint generated always as identity primary key,
    proposal_id     bigint      not null references proposal (id) on delete cascade,
    -- a freelancer in the proposal, or the cooperative that posted the role
    party           text        not null check (party in ('FREELANCER', 'ORGANISATION')),
    freelancer_id   bigint      references account (id) on delete cascade,
    organisation_id bigint      references organisation (id) on delete cascade,
    status          text        not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')),
    reason          text,
    responded_by    bigint      references account (id) on delete set null,
    responded_at    timestamptz,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    version         bigint      not null default 0,
    check ((party = 'FREELANCER') = (freelancer_id is not null)),
    check ((party = 'ORGANISATION') = (organisation_id is not null))
);

create unique index offer_one_per_party on offer (proposal_id, party, coalesce(freelancer_id, organisation_id));
create index offer_freelancer_idx on offer (freelancer_id, status);
create index offer_organisation_idx on offer (organisation_id, status);
create index offer_due_idx on offer (expires_at) where status = 'PENDING';

-- "Not again unchanged": the role and the exact people and slots of a proposal that was refused.
create table proposal_refusal (
    role_id     bigint      not null references shared_role (id) on delete cascade,
    fingerprint text        not null,
    refused_at  timestamptz not null,
    primary key (role_id, fingerprint)
);
