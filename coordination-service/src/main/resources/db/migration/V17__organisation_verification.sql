-- An organisation's verification (a coordinator's check in the registry) and its merge into the organisation it
-- duplicates, from the registry's organisation events: matches show the first, and a merged organisation is no
-- longer matched.
alter table organisation_read_model
    add column verification varchar(20) not null default 'UNVERIFIED',
    add column merged_into varchar(100);
