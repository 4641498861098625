-- Bulk imports of answers: the uploaded file is kept with the job, so that an accepted import survives a restart.
create table import_job (
    id                  uuid          primary key,
    cycle_id            uuid          not null references reporting_cycle (id),
    format              varchar(10)   not null, -- CSV, XLSX
    file_name           varchar(300),
    content             bytea         not null,
    submit              boolean       not null,
    status              varchar(20)   not null, -- QUEUED, RUNNING, DONE, FAILED
    rows_total          integer,
    rows_done           integer       not null default 0,
    countries_imported  integer       not null default 0,
    countries_rejected  integer       not null default 0,
    error_count         integer       not null default 0,
    errors              jsonb         not null default '[]', -- the first 1000 row errors
    failure             varchar(2000),
    created_by          varchar(200)  not null,
    created_at          timestamptz   not null,
    started_at          timestamptz,
    finished_at         timestamptz
);
