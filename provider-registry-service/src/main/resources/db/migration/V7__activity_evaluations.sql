-- The evaluation of a finished activity, written by its organisation: a rating on the six-point scale, results,
-- lessons learned, and a link to the evaluation report. One per activity (replaced, with If-Match).
create table activity_evaluation (
    activity_id   uuid           primary key references activity (id),
    rating        smallint       not null check (rating between 1 and 6),
    results       varchar(4000)  not null,
    lessons       varchar(8000)  not null,
    language      varchar(20)    not null,
    document_url  varchar(2000),
    evaluated_on  date           not null,
    created_by    varchar(100)   not null,
    created_at    timestamptz    not null,
    updated_by    varchar(100)   not null,
    updated_at    timestamptz    not null,
    version       integer        not null
);
