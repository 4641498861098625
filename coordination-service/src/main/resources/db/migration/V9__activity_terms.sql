-- The analysed terms of an activity's titles and descriptions by language, computed once when its event is applied,
-- so that overlap detection compares stored terms instead of analysing every candidate's texts again.
alter table activity_read_model add column terms jsonb;
