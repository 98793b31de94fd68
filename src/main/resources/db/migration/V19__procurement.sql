-- Social procurement (issue #16).

-- Members: a municipality's purchasing staff register their municipality as an organisation (kind and type
-- MUNICIPALITY). The 98 municipalities themselves are reference data since V2 (codes from Danmarks Statistik / DAGI).
alter table organisation drop constraint organisation_kind_check;
alter table organisation add constraint organisation_kind_check
    check (kind in ('COOPERATIVE', 'SOCIAL_ECONOMY_ENTERPRISE', 'FIRM', 'MUNICIPALITY'));
alter table organisation drop constraint organisation_type_check;
alter table organisation add constraint organisation_type_check
    check (type in ('WORKER_COOPERATIVE', 'SOCIAL_ECONOMY_ENTERPRISE', 'ASSOCIATION', 'OTHER_COOPERATIVE',
                    'MUNICIPALITY'));

-- Everything below belongs to the procurement module.

-- The clause library: a template and its versions. A consultant's edit adds a version; contracts keep the version
-- they chose, so an edit never changes a signed contract's wording.
create table clause_template (
    id              bigint generated always as identity primary key,
    code            text   not null unique,
    current_version integer not null default 1,
    version         bigint not null default 0
);

create table clause_template_version (
    template_id      bigint      not null references clause_template (id) on delete cascade,
    number           integer     not null,
    kind             text        not null check (kind in ('PERFORMANCE_CLAUSE', 'AWARD_CRITERION', 'RESERVATION',
                                                          'TRAINEE_CLAUSE')),
    legal_basis      text        not null check (legal_basis in ('PERFORMANCE_CONDITION', 'TRAINEES_176',
                                                                 'AWARD_CRITERIA', 'RESERVATION_190',
                                                                 'SHELTERED_WORKPLACE')),
    title_da         text        not null,
    summary_en       text        not null,
    text_da          text        not null,
    conditions_da    text        not null,
    target_unit      text        not null check (target_unit in ('PEOPLE', 'HOURS', 'TRAINEES', 'SOV_SHARE_PERCENT',
                                                                 'NONE')),
    evidence_da      text        not null,
    follow_up_months integer     not null check (follow_up_months in (1, 3, 6, 12)),
    shortfall_da     text        not null,
    changed_by       bigint references account (id) on delete set null,
    changed_at       timestamptz not null default now(),
    primary key (template_id, number)
);

-- A municipality's contract with social clauses.
create table procurement_contract (
    id                        bigint generated always as identity primary key,
    organisation_id           bigint      not null references organisation (id),
    title                     text        not null,
    description               text        not null default '',
    service                   text        not null,
    estimated_value_dkk       bigint      not null check (estimated_value_dkk > 0),
    starts_on                 date        not null,
    ends_on                   date        not null,
    municipality_code         smallint    not null references municipality (code),
    above_eu_threshold        boolean     not null,
    status                    text        not null default 'DRAFT'
        check (status in ('DRAFT', 'PUBLISHED', 'AWARDED')),
    supplier_organisation_id  bigint references organisation (id),
    awarded_on                date,
    created_by                bigint references account (id) on delete set null,
    created_at                timestamptz not null,
    version                   bigint      not null default 0,
    constraint procurement_contract_period check (ends_on > starts_on),
    constraint procurement_contract_awarded check ((status = 'AWARDED') = (supplier_organisation_id is not null))
);
create index procurement_contract_org_idx on procurement_contract (organisation_id);
create index procurement_contract_supplier_idx on procurement_contract (supplier_organisation_id);

-- A clause chosen from the library with the version read, its target, and the winner's commitment.
create table contract_clause (
    id               bigint generated always as identity primary key,
    contract_id      bigint  not null references procurement_contract (id) on delete cascade,
    template_id      bigint  not null,
    template_version integer not null,
    target_value     numeric(12, 2) check (target_value >= 0),
    committed_value  numeric(12, 2) check (committed_value >= 0),
    committed_at     timestamptz,
    foreign key (template_id, template_version) references clause_template_version (template_id, number),
    unique (contract_id, template_id)
);

-- Suppliers' interest in a published contract (or a direct invitation under the threshold).
create table contract_interest (
    contract_id     bigint      not null references procurement_contract (id) on delete cascade,
    organisation_id bigint      not null references organisation (id),
    note            text        not null default '',
    invited         boolean     not null default false,
    registered_by   bigint references account (id) on delete set null,
    registered_at   timestamptz not null,
    primary key (contract_id, organisation_id)
);

-- A quarter's actual figure for one clause, with its evidence.
create table clause_report (
    id            bigint generated always as identity primary key,
    clause_id     bigint         not null references contract_clause (id) on delete cascade,
    period_start  date           not null,
    actual_value  numeric(12, 2) not null check (actual_value >= 0),
    evidence      text           not null,
    reported_by   bigint references account (id) on delete set null,
    reported_at   timestamptz    not null,
    unique (clause_id, period_start)
);

-- The dialogue on a shortfall: notes with their date, and a penalty (bod) if decided.
create table contract_dialogue (
    id           bigint generated always as identity primary key,
    contract_id  bigint      not null references procurement_contract (id) on delete cascade,
    held_on      date        not null,
    note         text        not null,
    penalty_dkk  bigint check (penalty_dkk > 0),
    recorded_by  bigint references account (id) on delete set null,
    recorded_at  timestamptz not null
);
create index contract_dialogue_contract_idx on contract_dialogue (contract_id);

-- The development forum's knowledge bank, searched with PostgreSQL's Danish text search (stemming).
create table knowledge_article (
    id            bigint generated always as identity primary key,
    title         text        not null,
    body          text        not null,
    clause_kind   text,
    template_id   bigint references clause_template (id),
    service       text,
    target_group  text,
    written_by    bigint references account (id) on delete set null,
    published_at  timestamptz not null,
    search        tsvector generated always as (to_tsvector('danish', title || ' ' || body)) stored
);
create index knowledge_article_search_idx on knowledge_article using gin (search);
