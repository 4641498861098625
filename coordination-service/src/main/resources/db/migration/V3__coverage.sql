-- How far each need is answered, as coordination assesses it (the status it reports to needs-service with it).
alter table need_read_model add column coverage_level varchar(20);
alter table need_read_model add column coverage_status varchar(20);
alter table need_read_model add column coverage_evidence jsonb not null default '[]';
