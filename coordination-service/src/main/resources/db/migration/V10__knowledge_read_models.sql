-- The knowledge shared beside needs, from ta.registry.knowledge: TA tools of the catalogue, and lessons of evaluated
-- activities. Small tables (hundreds, thousands of rows): read whole for a report.
create table tool_read_model (
    id            uuid           primary key,
    publisher     varchar(100)   not null,
    kind          varchar(30)    not null,
    titles        jsonb          not null,
    links         jsonb          not null,
    ta_subtypes   varchar(100)[] not null,
    instruments   varchar(20)[]  not null,
    articles      varchar(30)[]  not null,
    withdrawn     boolean        not null,
    version       integer        not null
);
create table lesson_read_model (
    activity_id             uuid           primary key,
    iati_identifier         varchar(250)   not null,
    reporting_organisation  varchar(100)   not null,
    recipient_countries     varchar(3)[]   not null,
    ta_subtypes             varchar(100)[] not null,
    rating                  smallint       not null,
    lessons                 varchar(8000)  not null,
    language                varchar(20)    not null,
    document_url            varchar(2000),
    evaluated_on            date           not null,
    version                 integer        not null
);
