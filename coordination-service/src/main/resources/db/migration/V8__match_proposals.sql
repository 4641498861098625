-- The organisations proposed for each need (ta.coordination.match.proposed.v1), so that each is proposed once.
create table match_proposal (
    need_id       uuid             not null,
    organisation  varchar(100)     not null,
    score         double precision not null,
    proposed_at   timestamptz      not null,
    primary key (need_id, organisation)
);
