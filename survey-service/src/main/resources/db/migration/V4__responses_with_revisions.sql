-- Responses now answer a cycle's questionnaire and keep their revisions. The walking skeleton's tables (V1) held
-- no real data yet: they are replaced rather than migrated.
drop table stated_need;
drop table survey_response;

-- One response per State, instrument and cycle; `answers` holds the current answers (question code -> value).
create table survey_response (
    id                uuid          primary key,
    cycle_id          uuid          not null references reporting_cycle (id),
    country           char(3)       not null,
    instrument        varchar(20)   not null,
    questionnaire_id  uuid          not null references questionnaire (id),
    language          varchar(10)   not null,
    status            varchar(20)   not null, -- DRAFT, SUBMITTED, REOPENED
    revision          integer       not null, -- the last submitted revision; 0 before the first submission
    answers           jsonb         not null,
    created_by        varchar(200)  not null,
    created_at        timestamptz   not null,
    updated_by        varchar(200)  not null,
    updated_at        timestamptz   not null,
    submitted_by      varchar(200),
    submitted_at      timestamptz,
    row_version       integer       not null,
    unique (cycle_id, country, instrument)
);
create index survey_response_country on survey_response (country);

-- Every submission and amendment: who, when, the answers as they were, and what changed from the revision before.
create table response_revision (
    response_id  uuid          not null references survey_response (id),
    revision     integer       not null,
    kind         varchar(20)   not null, -- SUBMISSION, AMENDMENT, RESUBMISSION
    language     varchar(10)   not null,
    answers      jsonb         not null,
    changes      jsonb         not null,
    reason       varchar(2000),
    author       varchar(200)  not null,
    recorded_at  timestamptz   not null,
    primary key (response_id, revision)
);
