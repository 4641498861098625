-- (0.3 is reference-data's rate-limit buckets: the messaging versions are shared by the two libraries)
-- The W3C trace context of what recorded the event (EventTracing), sent with it as CloudEvents' traceparent.
alter table outbox_event add column traceparent varchar(55);
