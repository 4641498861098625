-- What survey responses now state about a need: its thematic area, beneficiary groups, and the cycle it was stated in.
alter table need add column thematic_area varchar(50);
alter table need add column beneficiary_groups text[] not null default '{}';
alter table need add column cycle_id uuid;
create index need_cycle on need (cycle_id);
