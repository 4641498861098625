-- A State's response to a questionnaire of one instrument, and the needs it states.
create table survey_response (
    id            uuid         primary key,
    country       char(3)      not null,
    instrument    varchar(20)  not null,
    language      varchar(35)  not null,
    status        varchar(20)  not null,
    submitted_by  varchar(200) not null,
    submitted_at  timestamptz  not null,
    version       integer      not null
);
create index survey_response_country on survey_response (country);

create table stated_need (
    id           uuid          primary key,
    response_id  uuid          not null references survey_response (id) on delete cascade,
    position     integer       not null,
    ta_subtype   varchar(100)  not null,
    article      varchar(20),
    description  varchar(4000),
    priority     varchar(10)   not null,
    consent      varchar(30)   not null
);
create index stated_need_response on stated_need (response_id);
