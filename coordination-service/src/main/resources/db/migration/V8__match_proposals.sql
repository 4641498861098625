-- The organisations proposed for each need (ta.coordination.match.proposed.v1), so that each is proposed once.
create table match_proposal (
    need_id       uuid             not null,
    organisation  varchar(100)     not null,
    score         double precision not null,
    proposed_at   timestamptz      not null,
    primary key (need_id, organisation)
);

-- Matching reads the activities of a TA subtype (an organisation's experience) in one query per need.
create index activity_read_model_subtypes on activity_read_model using gin (ta_subtypes);
create index pledge_read_model_donor on pledge_read_model (donor);
