-- Import jobs are claimed through the database (events' JobLeases), so that with several replicas each job runs on one
-- of them, and one left by a replica that stopped is taken over once its lease has lapsed.
alter table import_job
    add column claimed_by  varchar(200),  -- the replica running the job (host, process, a random part)
    add column lease_until timestamptz;   -- until when its claim holds without renewal
-- what a claim looks for: the oldest job waiting or running
create index import_job_unfinished on import_job (created_at) where status in ('QUEUED', 'RUNNING');
