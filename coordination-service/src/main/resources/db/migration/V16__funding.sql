-- The funding view (required against funded, per need and country, as OCHA's Financial Tracking Service shows it).
-- A need's requirement is agreed in coordination (a coordinator, or the State's focal point for its own needs), as a
-- response plan's requirements are: coordination's own data, not derived from events. An activity's money is
-- derived from its events' transactions: committed and paid by currency, and its recipient countries' shares.
create table need_requirement (
    need_id     uuid           primary key,
    amount      numeric(18, 2) not null check (amount >= 0),
    currency    varchar(3)     not null,
    note        varchar(2000),
    set_by      varchar(200)   not null,
    set_at      timestamptz    not null,
    version     integer        not null
);

alter table activity_read_model add column funding jsonb not null default '{}';

-- a pledge's change moves the funding view's asOf, as a need's or an activity's does
alter table pledge_read_model add column changed_at timestamptz;
update pledge_read_model set changed_at = now();
create trigger pledge_read_model_changed before insert or update on pledge_read_model
    for each row execute function stamp_changed_at();
