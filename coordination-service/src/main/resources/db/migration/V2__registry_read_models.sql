-- Read models of the provider registry, built from ta.registry.organisations and ta.registry.activities: what matching,
-- coverage and overlap detection read. Never the registry's tables.
alter table need_read_model add column status_reason varchar(1000);

create table organisation_read_model (
    identifier     varchar(100)  primary key,
    kind           varchar(40)   not null,
    names          jsonb         not null,
    countries      varchar(3)[]  not null default '{}',
    regions        varchar(3)[]  not null default '{}',
    languages      varchar(20)[] not null default '{}',
    last_event_id  varchar(200)  not null
);

create table capability_read_model (
    id              uuid          primary key,
    organisation    varchar(100)  not null,
    ta_subtype      varchar(100)  not null,
    instruments     varchar(20)[] not null default '{}',
    delivery_modes  varchar(20)[] not null default '{}',
    regions         varchar(3)[]  not null default '{}',
    countries       varchar(3)[]  not null default '{}',
    languages       varchar(20)[] not null default '{}'
);
create index capability_read_model_subtype on capability_read_model (ta_subtype);
create index capability_read_model_organisation on capability_read_model (organisation);

create table activity_read_model (
    id                      uuid          primary key,
    iati_identifier         varchar(250)  not null,
    reporting_organisation  varchar(100)  not null,
    participants            varchar(100)[] not null default '{}',
    status                  varchar(1)    not null,
    planned_start           date,
    planned_end             date,
    actual_start            date,
    actual_end              date,
    recipient_countries     varchar(3)[]  not null default '{}',
    recipient_regions       varchar(3)[]  not null default '{}',
    ta_subtypes             varchar(100)[] not null default '{}',
    instruments             varchar(20)[] not null default '{}',
    beneficiary_groups      varchar(50)[] not null default '{}',
    need_ids                uuid[]        not null default '{}',
    titles                  jsonb         not null,
    descriptions            jsonb         not null,
    version                 integer       not null,
    withdrawn               boolean       not null default false
);
create index activity_read_model_countries on activity_read_model using gin (recipient_countries);

create table pledge_read_model (
    id           uuid           primary key,
    donor        varchar(100)   not null,
    country      varchar(3)     not null,
    need_id      uuid,
    ta_type      varchar(50),
    ta_subtype   varchar(100),
    activity_id  uuid,
    amount       numeric(18, 2) not null,
    currency     char(3)        not null,
    status       varchar(20)    not null,
    version      integer        not null
);
create index pledge_read_model_country on pledge_read_model (country);
