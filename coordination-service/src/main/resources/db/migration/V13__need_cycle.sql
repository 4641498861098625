-- The reporting cycle a need was stated in (null for a need recorded by hand): needs carry their cycle in every view,
-- and a need closed by the State's later statements (SUPERSEDED, RESOLVED) leaves the gaps.
alter table need_read_model add column cycle_id uuid;
