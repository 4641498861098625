-- Activities without a TA subtype (an IATI file's activity with no tag of the TA taxonomy) are registered unclassified
-- and queued for a coordinator: the queue reads them by identifier. An import says whether it registers every activity
-- of the file (ALL) or only those about this platform's work (RELEVANT, the others skipped), and counts the
-- unclassified ones it registered.
create index activity_unclassified on activity (iati_identifier)
    where cardinality(ta_subtypes) = 0 and withdrawn_at is null;
alter table iati_import_job
    add column scope varchar(20) not null default 'ALL',
    add column unclassified integer not null default 0;
