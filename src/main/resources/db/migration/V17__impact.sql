-- Impact statistics: what a person states for them, only while they consent, and consultants' saved reports.

-- Gender, birth year and labour-market situation, which funders (the European Social Fund) count participants by.
-- A row exists only while the person consents: withdrawing deletes it, and erasing the account deletes it with it.
create table impact_consent (
    account_id   bigint      primary key references account (id) on delete cascade,
    gender       text        not null check (gender in ('WOMAN', 'MAN', 'OTHER')),
    birth_year   smallint    not null check (birth_year between 1900 and 2100),
    situation    text        not null check (situation in ('PRECARIOUS_WORK', 'UNEMPLOYED', 'LONG_TERM_UNEMPLOYED',
                                                           'INACTIVE', 'DISABLED', 'OTHER_DISADVANTAGED', 'EMPLOYED')),
    consented_at timestamptz not null,
    version      bigint      not null default 0
);

-- A consultant's named report definition: the period and filters of the impact page, to reuse and duplicate.
create table impact_report (
    id                bigint generated always as identity primary key,
    name              text        not null check (length(name) between 1 and 120),
    owner_id          bigint      references account (id) on delete set null,
    from_month        date        not null check (extract(day from from_month) = 1),
    to_month          date        not null check (extract(day from to_month) = 1),
    municipality_code smallint    references municipality (code),
    organisation_id   bigint      references organisation (id) on delete set null,
    kind              text        check (kind in ('JOB_SHARE', 'POOL', 'PARTNERSHIP', 'PROCUREMENT_CLAUSE')),
    created_at        timestamptz not null,
    version           bigint      not null default 0,
    constraint impact_report_period check (to_month >= from_month)
);

create index impact_report_name_idx on impact_report (lower(name), id);
