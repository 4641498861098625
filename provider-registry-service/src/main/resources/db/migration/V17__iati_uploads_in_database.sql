-- IATI uploads are kept in the database with their job, in chunks of 1 MB, no longer on the disk of the replica that
-- accepted them: any replica can run the job, and take it over from one that stopped (events' JobLeases).
create table iati_import_file (
    job_id  uuid     not null references iati_import_job (id) on delete cascade,
    seq     integer  not null,
    data    bytea    not null,
    primary key (job_id, seq)
);
-- a job accepted before this version has its file on one replica's disk only: it is not run again
update iati_import_job set status = 'FAILED', finished_at = now(),
       failure = 'accepted before uploads were kept in the database: upload the file again'
 where status in ('QUEUED', 'RUNNING');
alter table iati_import_job
    drop column file_path,
    add column claimed_by  varchar(200),  -- the replica running the job (host, process, a random part)
    add column lease_until timestamptz;   -- until when its claim holds without renewal
-- what a claim looks for: the oldest job waiting or running
create index iati_import_job_unfinished on iati_import_job (created_at) where status in ('QUEUED', 'RUNNING');
