-- Questionnaires as data: one row per version of an instrument's questionnaire. A published version is
-- immutable; a change is a new version. At most one draft per instrument.
create table questionnaire (
    id            uuid         primary key,
    instrument    varchar(20)  not null,
    version       integer      not null,
    status        varchar(20)  not null,
    definition    jsonb        not null, -- title and sections, as in the questionnaire file (schemas/questionnaire.schema.json)
    created_by    varchar(200) not null,
    created_at    timestamptz  not null,
    updated_by    varchar(200) not null,
    updated_at    timestamptz  not null,
    published_by  varchar(200),
    published_at  timestamptz,
    row_version   integer      not null,
    unique (instrument, version)
);
create unique index questionnaire_one_draft_per_instrument on questionnaire (instrument) where status = 'DRAFT';
