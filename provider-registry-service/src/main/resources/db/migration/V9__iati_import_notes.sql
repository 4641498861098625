-- What the importer should know about the file as a whole though nothing was refused (a file that declares no IATI
-- version, read as 2.03): shown with the job's report.
alter table iati_import_job add column notes jsonb not null default '[]';
