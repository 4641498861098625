-- When each need and activity of coordination's read models last changed (applied from an event, a coverage or
-- status recompute, a rebuild): the asOf of the gap reports and the country view. Stamped by the database, so no
-- code path can forget it, and the same for every replica reading the shared tables.
create function stamp_changed_at() returns trigger language plpgsql as $$
begin
    new.changed_at = now();
    return new;
end $$;

alter table need_read_model add column changed_at timestamptz;
update need_read_model set changed_at = registered_at;
create trigger need_read_model_changed before insert or update on need_read_model
    for each row execute function stamp_changed_at();

alter table activity_read_model add column changed_at timestamptz;
update activity_read_model set changed_at = now();
create trigger activity_read_model_changed before insert or update on activity_read_model
    for each row execute function stamp_changed_at();
