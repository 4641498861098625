-- When the register (needs, cycles and their reporters) last changed: the asOf of every analysis. The same statement
-- trigger that bumps the version stamps it with the transaction's time, so every replica reads the same value.
alter table register_state add column changed_at timestamptz;
update register_state set changed_at = (select greatest(max(registered_at), max(status_changed_at)) from need)
    where id = 1;
create or replace function bump_register_version() returns trigger language plpgsql as $$
begin
    update register_state set version = version + 1, changed_at = now() where id = 1;
    return null;
end $$;
