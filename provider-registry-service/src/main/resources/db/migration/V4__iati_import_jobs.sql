-- IATI activity file imports: the uploaded file is kept on disk (files of hundreds of MB exist) under the job's id;
-- the job row says where it is and how far the import went, so a restart resumes it.
create table iati_import_job (
    id              uuid           primary key,
    file_name       varchar(300),
    file_path       varchar(1000)  not null,
    file_size       bigint         not null,
    organisation    varchar(100),  -- the importer's organisation; null for a coordinator (any reporting organisation)
    status          varchar(20)    not null, -- QUEUED, RUNNING, DONE, FAILED
    activities_total integer,
    activities_done integer        not null default 0,
    created         integer        not null default 0,
    updated         integer        not null default 0,
    unchanged       integer        not null default 0,
    skipped         integer        not null default 0,
    rejected        integer        not null default 0,
    report          jsonb          not null default '[]', -- the first 1000 entries: identifier, outcome, reasons
    failure         varchar(2000),
    created_by      varchar(200)   not null,
    created_at      timestamptz    not null,
    started_at      timestamptz,
    finished_at     timestamptz
);
