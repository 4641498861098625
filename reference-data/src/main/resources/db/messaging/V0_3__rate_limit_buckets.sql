-- Rate limits (reference-data's RateLimits, Bucket4j): one token bucket per key (operation kind, client or address),
-- kept in the service's database so that every replica counts the same requests. A bucket untouched until it would
-- be full again expires (expires_at, epoch milliseconds) and is deleted by a scheduled clean-up.
create table rate_limit_bucket (
    id          varchar(300) primary key,
    state       bytea,
    expires_at  bigint
);
