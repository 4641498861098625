-- Read-model rebuilds are claimed through the database like import jobs (events' JobLeases): the replica running one
-- and until when its claim holds; a rebuild whose replica stopped is run again, from the start, by another.
alter table read_model_rebuild
    add column created_at  timestamptz,
    add column claimed_by  varchar(200),
    add column lease_until timestamptz;
update read_model_rebuild set created_at = started_at;
alter table read_model_rebuild alter column created_at set not null;
-- one rebuild at a time, whichever replica is asked: a second insert while one runs fails (the API's 409)
update read_model_rebuild set status = 'FAILED', finished_at = now(),
       error = 'superseded: only one rebuild runs at a time'
 where status = 'RUNNING'
   and id <> (select id from read_model_rebuild where status = 'RUNNING' order by started_at desc limit 1);
create unique index read_model_rebuild_one_running on read_model_rebuild (status) where status = 'RUNNING';
