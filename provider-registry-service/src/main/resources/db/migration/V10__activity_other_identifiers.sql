-- An activity's other identifiers (IATI other-identifier: the reporter's internal reference, a CRS identifier, a
-- previous identifier, another organisation's), kept from an IATI import and written out again.
alter table activity add column other_identifiers jsonb not null default '[]';
