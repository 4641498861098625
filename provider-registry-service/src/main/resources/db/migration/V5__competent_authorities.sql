-- The directory of competent national authorities: per country, the authorities a State designates (central
-- authority for mutual legal assistance, extradition, the Protocols' and thematic contact points), how to reach them,
-- and the day the State last confirmed the entry. Channels are contact data: never in events, never public.
create table competent_authority (
    id                 uuid          primary key,
    country            varchar(3)    not null,
    name               varchar(300)  not null,
    designations       varchar(50)[] not null,
    languages          varchar(20)[] not null,
    channels           jsonb         not null,
    office_hours       varchar(200),
    time_zone          varchar(64)   not null,
    last_confirmed_on  date          not null,
    withdrawn_at       timestamptz,
    created_by         varchar(100)  not null,
    created_at         timestamptz   not null,
    updated_by         varchar(100)  not null,
    updated_at         timestamptz   not null,
    version            integer       not null
);
create index competent_authority_country on competent_authority (country);
create index competent_authority_designations on competent_authority using gin (designations);
create index competent_authority_languages on competent_authority using gin (languages);
create index competent_authority_last_confirmed on competent_authority (last_confirmed_on) where withdrawn_at is null;
