-- Organisational units: an organisation registered as a unit of another (a UNODC field office of UNODC), under an
-- identifier that extends its organisation's (XM-DAC-41128-ROEA of XM-DAC-41128).
alter table organisation add column unit_of varchar(100);
create index organisation_unit_of on organisation (unit_of) where unit_of is not null;
