-- Issue 16: hours from Jobandel bookings as evidence for a counting clause, with the person's consent. The supplier
-- links one of its own agreements (as employer) and a person in it to a clause of a contract it won; nothing is read
-- from the bookings until the person consents, and nothing after they withdraw. The agreement is named by id only:
-- the agreements module's public API checks it belongs to the supplier.
create table clause_evidence_link (
    id                   bigint generated always as identity primary key,
    clause_id            bigint      not null references contract_clause (id) on delete cascade,
    agreement_id         bigint      not null,
    person_account_id    bigint      references account (id) on delete cascade,
    linked_by            bigint      references account (id) on delete set null,
    linked_at            timestamptz not null,
    consent_given_at     timestamptz,
    consent_withdrawn_at timestamptz,
    version              bigint      not null default 0,
    unique (clause_id, agreement_id, person_account_id)
);

create index clause_evidence_link_person on clause_evidence_link (person_account_id);
