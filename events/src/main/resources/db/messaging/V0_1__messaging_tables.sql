-- Messaging tables every service has (from the events library). Library migrations are numbered 0.x;
-- services run Flyway with out-of-order enabled so a later library migration still applies.

-- Transactional outbox: a row is written in the same transaction as the state change it announces;
-- the relay publishes it to Kafka and sets sent_at.
create table outbox_event (
    id           bigserial    primary key,
    event_id     uuid         not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    event_type   varchar(200) not null,
    subject      varchar(200),
    occurred_at  timestamptz  not null,
    payload      json         not null, -- json, not jsonb: published byte for byte as the service wrote it
    sent_at      timestamptz,
    attempts     integer      not null default 0,
    last_error   text
);
create index outbox_event_unsent on outbox_event (id) where sent_at is null;

-- Idempotent consumer: the id of each event a consumer has applied, recorded in the transaction of its effect.
create table processed_event (
    consumer      varchar(100) not null,
    event_id      varchar(200) not null,
    event_type    varchar(200),
    source_topic  varchar(200),
    processed_at  timestamptz  not null default now(),
    primary key (consumer, event_id)
);
