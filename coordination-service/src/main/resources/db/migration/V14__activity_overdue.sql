-- An activity overdue for an update (still pipeline or implementation long after its end) is announced once: the
-- replica that sets this column is the one that announces it; the activity's next change clears it.
alter table activity_read_model add column overdue_announced_at timestamptz;
create index activity_read_model_overdue on activity_read_model (status, planned_end, actual_end)
    where status in ('1', '2') and not withdrawn and overdue_announced_at is null;
