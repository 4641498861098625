-- What overlap detection needs beyond the texts: each participating organisation with its IATI role (a funder's and an
-- implementer's reports of one money flow are linked, not duplicates), the activities it names (IATI related-activity,
-- provider-activity-id), its budget (two reports of one activity share it), and the terms of its titles alone (titles
-- name the subject; descriptions repeat templates).
alter table activity_read_model add column participations varchar(110)[] not null default '{}';
alter table activity_read_model add column linked_activities varchar(250)[] not null default '{}';
alter table activity_read_model add column budget_amount numeric(18, 2);
alter table activity_read_model add column budget_currency char(3);
alter table activity_read_model add column title_terms jsonb;
