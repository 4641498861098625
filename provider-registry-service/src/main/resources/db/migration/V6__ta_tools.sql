-- The catalogue of TA tools: model laws, legislative guides, digests of cases, training packages, e-learning
-- courses, checklists; each with its publisher, what it serves (TA subtypes, instruments, articles), its audience,
-- and a link per language it exists in (the languages it lacks are its translation backlog).
create table ta_tool (
    id            uuid           primary key,
    publisher     varchar(100)   not null,
    kind          varchar(30)    not null,
    titles        jsonb          not null,
    links         jsonb          not null,
    ta_subtypes   varchar(100)[] not null,
    instruments   varchar(20)[]  not null,
    articles      varchar(30)[]  not null,
    audiences     varchar(50)[]  not null,
    published_on  date           not null,
    withdrawn_at  timestamptz,
    created_by    varchar(100)   not null,
    created_at    timestamptz    not null,
    updated_by    varchar(100)   not null,
    updated_at    timestamptz    not null,
    version       integer        not null
);
create index ta_tool_publisher on ta_tool (publisher);
create index ta_tool_subtypes on ta_tool using gin (ta_subtypes);
