-- Technical assistance requests of States, the offers of organisations, and every transition of either.
create table ta_request (
    id                   uuid           primary key,
    country              char(3)        not null,
    need_ids             uuid[]         not null,
    summary              varchar(4000)  not null,
    status               varchar(20)    not null,
    forwarded_to         varchar(100)[] not null default '{}',
    accepted_offer_id    uuid,
    activity_identifier  varchar(250),
    activity_id          uuid,
    reason               varchar(2000),
    requested_by         varchar(200)   not null,
    created_at           timestamptz    not null,
    updated_at           timestamptz    not null,
    version              integer        not null
);
create index ta_request_country on ta_request (country);
create index ta_request_forwarded_to on ta_request using gin (forwarded_to);
create unique index ta_request_activity_identifier on ta_request (activity_identifier);

create table ta_offer (
    id             uuid            primary key,
    request_id     uuid            not null references ta_request (id),
    organisation   varchar(100)    not null,
    language       varchar(20)     not null,
    title          varchar(500)    not null,
    scope          varchar(10000)  not null,
    planned_start  date            not null,
    planned_end    date            not null,
    amount         numeric(18, 2),
    currency       char(3),
    status         varchar(20)     not null,
    reason         varchar(2000),
    submitted_by   varchar(200)    not null,
    submitted_at   timestamptz     not null,
    updated_at     timestamptz     not null
);
create index ta_offer_request on ta_offer (request_id);

create table ta_request_transition (
    id           bigserial     primary key,
    request_id   uuid          not null references ta_request (id),
    offer_id     uuid,
    from_status  varchar(20),
    to_status    varchar(20)   not null,
    actor        varchar(200)  not null,
    reason       varchar(2000),
    at           timestamptz   not null
);
create index ta_request_transition_request on ta_request_transition (request_id);
