-- Subscriptions of donors and partners to notices, the webhook deliveries they get, and each attempt (the log).
create table subscription (
    id             uuid           primary key,
    organisation   varchar(100),
    roles          varchar(40)[]  not null,
    callback_url   varchar(2000)  not null,
    secret         varchar(100)   not null,
    description    varchar(500),
    kinds          varchar(20)[]  not null,
    countries      varchar(3)[]   not null default '{}',
    regions        varchar(3)[]   not null default '{}',
    instruments    varchar(20)[]  not null default '{}',
    ta_subtypes    varchar(100)[] not null default '{}',
    active         boolean        not null,
    created_by     varchar(200)   not null,
    created_at     timestamptz    not null
);
create index subscription_organisation on subscription (organisation);

create table webhook_delivery (
    id               uuid          primary key,
    subscription_id  uuid          not null references subscription (id),
    event_id         varchar(200)  not null,
    event_type       varchar(200)  not null,
    payload          text          not null,
    status           varchar(20)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamptz,
    last_status_code integer,
    last_error       varchar(2000),
    created_at       timestamptz   not null,
    delivered_at     timestamptz,
    constraint webhook_delivery_once unique (subscription_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_subscription on webhook_delivery (subscription_id, created_at);

create table webhook_attempt (
    id            bigserial     primary key,
    delivery_id   uuid          not null references webhook_delivery (id),
    attempt       integer       not null,
    at            timestamptz   not null,
    status_code   integer,
    error         varchar(2000),
    duration_ms   integer       not null
);
create index webhook_attempt_delivery on webhook_attempt (delivery_id);
