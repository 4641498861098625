-- The analysed terms of an activity's titles and descriptions by language, computed once when its event is applied,
-- so that overlap detection compares stored terms instead of analysing every candidate's texts again.
alter table activity_read_model add column terms jsonb;

-- Array containment (@>) is what GIN indexes serve ("= any(array)" is not): coverage finds the activities that
-- name a need, and matching an organisation's activities, without reading every row.
create index activity_read_model_need_ids on activity_read_model using gin (need_ids);
create index activity_read_model_participants on activity_read_model using gin (participants);
create index activity_read_model_reporting_organisation on activity_read_model (reporting_organisation);
create index need_read_model_country_subtype on need_read_model (country, ta_subtype);
create index ta_request_need_ids on ta_request using gin (need_ids);
