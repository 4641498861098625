-- Needs recorded by hand (a State's written request outside a survey), and where a need's status came from.
alter table need add column request_reference varchar(200);
alter table need add column recorded_by varchar(100);
alter table need add column status_reason varchar(1000);
alter table need add column status_changed_at timestamptz;
create index need_status on need (status);

-- The register's version: bumped by every statement that changes needs, so that cached analyses know they are stale
-- without anyone having to remember to invalidate them.
create table register_state (
    id       integer primary key check (id = 1),
    version  bigint  not null
);
insert into register_state values (1, 0);
create function bump_register_version() returns trigger language plpgsql as $$
begin
    update register_state set version = version + 1 where id = 1;
    return null;
end $$;
create trigger need_changed after insert or update or delete on need
    for each statement execute function bump_register_version();

-- Reporting cycles as survey-service announces them: per instrument, the States expected to report and whether each
-- responded. The response rates are computed from these (never from survey-service's tables).
create table reporting_cycle (
    id            uuid         primary key,
    name          varchar(200) not null,
    period_start  date,
    period_end    date,
    opened_at     timestamptz  not null,
    closed_at     timestamptz
);
create table cycle_reporter (
    cycle_id      uuid         not null references reporting_cycle (id),
    instrument    varchar(20)  not null,
    country       char(3)      not null,
    responded     boolean      not null default false,
    primary key (cycle_id, instrument, country)
);
create trigger reporting_cycle_changed after insert or update or delete on reporting_cycle
    for each statement execute function bump_register_version();
create trigger cycle_reporter_changed after insert or update or delete on cycle_reporter
    for each statement execute function bump_register_version();
