-- TA activities, aligned with IATI 2.03. Participants, recipients and sectors are small lists kept as JSON with the
-- activity; the recipient countries are also an array column, to find a country's activities by index.
create table activity (
    id                       uuid          primary key,
    iati_identifier          varchar(250)  not null unique,
    reporting_organisation   varchar(100)  not null,
    titles                   jsonb         not null,
    descriptions             jsonb         not null,
    status                   varchar(1)    not null,
    planned_start            date,
    planned_end              date,
    actual_start             date,
    actual_end               date,
    participants             jsonb         not null,
    recipient_countries      jsonb         not null,
    recipient_regions        jsonb         not null,
    recipient_country_codes  varchar(3)[]  not null default '{}',
    sectors                  jsonb         not null,
    ta_subtypes              varchar(100)[] not null default '{}',
    instruments              varchar(20)[] not null default '{}',
    articles                 varchar(20)[] not null default '{}',
    beneficiary_groups       varchar(50)[] not null default '{}',
    need_ids                 uuid[]        not null default '{}',
    budget_amount            numeric(18, 2),
    budget_currency          char(3),
    budget_value_date        date,
    withdrawn_at             timestamptz,
    withdrawal_reason        varchar(1000),
    created_by               varchar(100)  not null,
    created_at               timestamptz   not null,
    updated_at               timestamptz   not null,
    version                  integer       not null
);
create index activity_reporting_organisation on activity (reporting_organisation);
create index activity_recipient_countries on activity using gin (recipient_country_codes);

-- Every change of an activity: who, when, what (field -> before and after).
create sequence activity_change_seq increment by 50; -- ids by the fifty, so that inserts can be batched
create table activity_change (
    id           bigint        primary key,
    activity_id  uuid          not null references activity (id),
    version      integer       not null,
    action       varchar(20)   not null,
    changed_by   varchar(100)  not null,
    changed_at   timestamptz   not null,
    changes      jsonb         not null
);
create index activity_change_activity on activity_change (activity_id, id);

-- Funding a donor pledges or commits: to a need, to a country and theme, or to an activity.
create table pledge (
    id            uuid           primary key,
    donor         varchar(100)   not null,
    country       varchar(3)     not null,
    need_id       uuid,
    ta_type       varchar(50),
    ta_subtype    varchar(100),
    activity_id   uuid           references activity (id),
    amount        numeric(18, 2) not null,
    currency      char(3)        not null,
    status        varchar(20)    not null,
    note          varchar(1000),
    created_by    varchar(100)   not null,
    created_at    timestamptz    not null,
    updated_at    timestamptz    not null,
    version       integer        not null
);
create index pledge_country on pledge (country);
create index pledge_need on pledge (need_id);
