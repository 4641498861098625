-- Documents about an activity (IATI document-link): kept from an IATI import and written out again.
alter table activity add column documents jsonb not null default '[]';
