-- Issue 16: a supplier's field and area for social procurement. SØVs keep theirs in the partnerships profile
-- (sov_service, sov_municipality, sov_region, read through partnerships' public API); firms and cooperatives, which
-- have no such profile, keep it here.
create table supplier_profile (
    organisation_id bigint      primary key references organisation (id) on delete cascade,
    version         bigint      not null default 0,
    updated_by      bigint      references account (id) on delete set null,
    updated_at      timestamptz not null
);

create table supplier_profile_service (
    organisation_id bigint      not null references supplier_profile (organisation_id) on delete cascade,
    service         varchar(40) not null,
    primary key (organisation_id, service)
);

create table supplier_profile_municipality (
    organisation_id   bigint   not null references supplier_profile (organisation_id) on delete cascade,
    municipality_code smallint not null references municipality (code),
    primary key (organisation_id, municipality_code)
);

create table supplier_profile_region (
    organisation_id bigint   not null references supplier_profile (organisation_id) on delete cascade,
    region_code     smallint not null references region (code),
    primary key (organisation_id, region_code)
);

create index supplier_profile_service_by_service on supplier_profile_service (service);
