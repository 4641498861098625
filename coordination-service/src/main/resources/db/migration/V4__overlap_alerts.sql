-- Overlap alerts between registered activities of different organisations, and each alert's history.
-- A pair of activities has one alert: activity_id is the smaller id of the two (as text), so the pair is unique.
create table overlap_alert (
    id                     uuid          primary key,
    activity_id            uuid          not null,
    activity               varchar(250)  not null,
    organisation           varchar(100)  not null,
    other_activity_id      uuid          not null,
    other_activity         varchar(250)  not null,
    other_organisation     varchar(100)  not null,
    countries              varchar(3)[]  not null,
    severity               varchar(10)   not null,
    similarity             double precision not null,
    evidence               jsonb         not null,
    status                 varchar(20)   not null,
    reason                 varchar(2000),
    duplicate_activity_id  uuid,
    detected_at            timestamptz   not null,
    updated_at             timestamptz   not null,
    version                integer       not null,
    constraint overlap_alert_pair unique (activity_id, other_activity_id)
);
create index overlap_alert_organisation on overlap_alert (organisation);
create index overlap_alert_other_organisation on overlap_alert (other_organisation);
create index overlap_alert_countries on overlap_alert using gin (countries);

create table overlap_alert_transition (
    id         bigserial     primary key,
    alert_id   uuid          not null references overlap_alert (id),
    from_status varchar(20),
    to_status  varchar(20)   not null,
    actor      varchar(200)  not null,
    reason     varchar(2000),
    at         timestamptz   not null
);
create index overlap_alert_transition_alert on overlap_alert_transition (alert_id);

-- An activity merged away as "the same activity reported twice" no longer counts for coverage or overlaps.
alter table activity_read_model add column duplicate_of uuid;
