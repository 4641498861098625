-- The organisations an overlap alert concerns, beyond the two reporting organisations: those that fund, extend or
-- implement either activity (IATI participating-org roles 1, 3, 4). Donors see the alerts on what they fund. Alerts
-- raised before this column hold the two reporting organisations until detection next assesses them.
alter table overlap_alert add column concerned varchar(100)[] not null default '{}';
update overlap_alert set concerned = case when organisation = other_organisation then array[organisation]
    else array[organisation, other_organisation] end;
create index overlap_alert_concerned on overlap_alert using gin (concerned);
