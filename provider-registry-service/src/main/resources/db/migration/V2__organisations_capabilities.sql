-- Organisations: donors, providers, UNODC field offices. identifier = IATI organisation identifier (org-id.guide).
create table organisation (
    id             uuid          primary key,
    identifier     varchar(100)  not null unique,
    kind           varchar(40)   not null,
    iati_type      varchar(3)    not null,
    names          jsonb         not null,   -- BCP 47 language tag -> name
    countries      varchar(3)[]  not null default '{}',
    regions        varchar(3)[]  not null default '{}',
    languages      varchar(20)[] not null default '{}',
    website        varchar(500),
    registered_by  varchar(100)  not null,
    registered_at  timestamptz   not null,
    updated_at     timestamptz   not null,
    version        integer       not null
);

-- Contact points are personal data: shown to authenticated users only, erasable on request; the erasure is kept
-- (who, when, why) while the person's data is not.
create table contact_point (
    id             uuid          primary key,
    organisation_id uuid         not null references organisation (id),
    name           varchar(200),
    position       varchar(200),
    email          varchar(320),
    phone          varchar(50),
    languages      varchar(20)[] not null default '{}',
    erased_at      timestamptz,
    erased_by      varchar(100),
    erasure_reason varchar(500),
    created_at     timestamptz   not null
);
create index contact_point_organisation on contact_point (organisation_id);

-- What an organisation can deliver, in the TA taxonomy: matching uses it.
create table capability (
    id              uuid          primary key,
    organisation_id uuid          not null references organisation (id),
    ta_subtype      varchar(100)  not null,
    instruments     varchar(20)[] not null default '{}',
    delivery_modes  varchar(20)[] not null default '{}',
    regions         varchar(3)[]  not null default '{}',
    countries       varchar(3)[]  not null default '{}',
    languages       varchar(20)[] not null default '{}',
    description     varchar(2000),
    created_at      timestamptz   not null
);
create index capability_organisation on capability (organisation_id);
