-- The consolidated needs register.
create table need (
    id             uuid          primary key, -- for a need stated in a survey: the stated need's id
    country        char(3)       not null,
    instrument     varchar(20)   not null,
    article        varchar(20),
    ta_type        varchar(50)   not null,
    ta_subtype     varchar(100)  not null,
    description    varchar(4000),
    priority       varchar(10)   not null,
    source         varchar(20)   not null,
    consent        varchar(30)   not null,
    status         varchar(20)   not null,
    response_id    uuid,
    registered_at  timestamptz   not null,
    version        integer       not null
);
create index need_country on need (country);
create index need_response on need (response_id);
