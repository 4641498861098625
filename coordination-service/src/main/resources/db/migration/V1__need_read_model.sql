-- coordination-service's read model of the needs register, built from ta.needs events.
create table need_read_model (
    id             uuid          primary key,
    country        char(3)       not null,
    instrument     varchar(20)   not null,
    article        varchar(20),
    ta_type        varchar(50)   not null,
    ta_subtype     varchar(100)  not null,
    priority       varchar(10)   not null,
    source         varchar(20)   not null,
    consent        varchar(30)   not null,
    status         varchar(20)   not null,
    registered_at  timestamptz   not null,
    last_event_id  varchar(200)  not null
);
create index need_read_model_country on need_read_model (country);
