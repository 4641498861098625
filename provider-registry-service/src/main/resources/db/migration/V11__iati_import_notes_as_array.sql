-- The notes as text[] like every other list of strings of this schema: Hibernate binds a List<String> mapped as JSON
-- and one mapped as an array through one registered type, so one entity's list could be written as the other's.
alter table iati_import_job drop column notes;
alter table iati_import_job add column notes text[] not null default '{}';
