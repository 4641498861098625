-- The other activities an activity names (IATI related-activity, with its type) and the funders' activities its incoming
-- funds come from (IATI transaction provider-org/@provider-activity-id): what tells one money flow, reported by its
-- funder and by its implementer, from duplicated work.
alter table activity add column related_activities jsonb not null default '[]';
alter table activity add column provider_activities varchar(250)[] not null default '{}';
