-- Dead letters: a record a consumer could never apply (it cannot be parsed, or applying it fails for a reason that
-- does not pass), kept with the reason until a coordinator replays it after a fix (docs/architecture.md). The record
-- also goes to the service's ta.dlq.* topic; this table is what the API lists and replays, and what the health check
-- counts. A record filed twice (a redelivery after a crash) is one row.
create table dead_letter (
    id               bigserial    primary key,
    consumer         varchar(100) not null,
    topic            varchar(200) not null,
    kafka_partition  integer      not null,
    kafka_offset     bigint       not null,
    message_key      varchar(200),
    event_id         varchar(200),
    event_type       varchar(200),
    headers          jsonb        not null,
    payload          text,
    reason           text         not null,
    failed_at        timestamptz  not null default now(),
    replayed_at      timestamptz,
    replayed_by      varchar(200),
    unique (consumer, topic, kafka_partition, kafka_offset)
);
create index dead_letter_pending on dead_letter (id) where replayed_at is null;
