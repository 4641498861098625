-- Rebuilds of the read models from the topics, with their progress and the differences they found.
create table read_model_rebuild (
    id              uuid          primary key,
    mode            varchar(10)   not null,
    status          varchar(20)   not null,
    requested_by    varchar(200)  not null,
    started_at      timestamptz   not null,
    finished_at     timestamptz,
    total_events    bigint        not null default 0,
    applied_events  bigint        not null default 0,
    differences     jsonb,
    error           varchar(2000)
);
