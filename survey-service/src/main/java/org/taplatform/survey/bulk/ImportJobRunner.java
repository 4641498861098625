package org.taplatform.survey.bulk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.taplatform.events.jobs.JobLeases;
import org.taplatform.events.jobs.JobWorker;
import org.taplatform.events.jobs.JobWorkers;
import org.taplatform.survey.cycle.CycleService;
import org.taplatform.survey.questionnaire.QuestionType;
import org.taplatform.survey.questionnaire.QuestionnaireDocument;
import org.taplatform.survey.questionnaire.QuestionnaireDocument.Question;
import org.taplatform.survey.response.AnswerReport;
import org.taplatform.survey.response.ResponseService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs import jobs one after the other on a thread of its own. Rows are grouped by country and instrument; a
 * country whose rows have any error is not imported at all (each error reported with row, column, value, why);
 * the others are imported each in its own transaction. Progress is saved twice a second, so a GET on the job
 * shows it; a job interrupted by a restart starts again and skips what it had already imported.
 * <p>
 * With several replicas, each job runs on one of them: a replica claims jobs through the database ({@link JobLeases}:
 * the oldest QUEUED one, or a RUNNING one whose replica stopped renewing its lease), as soon as it accepts one and at
 * each poll; the poll also renews the leases of its own running job. A job whose replica died is taken over by
 * another once its lease has lapsed; a replica that finds its job taken over stops without recording anything.
 */
// created at start-up, not on first use: its job worker must poll on every replica, also one that has accepted no job
// since it started (it takes over the jobs of a replica that died: ReplicatedPlatformIT)
@Startup
@ApplicationScoped
public class ImportJobRunner {

    static final int ERRORS_KEPT = 1000;
    /** Progress is saved at most this often (and at the end), not after every country: it costs a transaction. */
    static final long PROGRESS_INTERVAL_NANOS = 500_000_000L;
    private static final Pattern NEED_INDEX = Pattern.compile("^\\[(\\d+)]\\.?(.*)$");

    private final ResponseService responses;
    private final CycleService cycles;
    private final ObjectMapper json;
    private final JobWorker worker;

    ImportJobRunner(ResponseService responses, CycleService cycles, ObjectMapper json, JobWorkers workers) {
        this.responses = responses;
        this.cycles = cycles;
        this.json = json;
        this.worker = workers.create("import_job", "import-jobs", this::run);
    }

    /** Fired when a job is accepted; observed after the commit, so that the job's row is there to read. */
    public record ImportAccepted(UUID jobId) {
    }

    void onAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportAccepted accepted) {
        worker.take();
    }

    void run(UUID jobId) {
        try {
            ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
                ImportJob found = ImportJob.findById(jobId); // RUNNING and started since its claim
                found.content.clone(); // loads the lazy content inside the transaction
                return found;
            });
            Map<String, List<ImportRow>> groups = new LinkedHashMap<>();
            int[] total = new int[1];
            ImportFileReader.read(job.format, job.content, header -> {
            }, row -> {
                total[0]++;
                groups.computeIfAbsent(row.country() + "/" + row.instrument(), key -> new ArrayList<>()).add(row);
            });
            Progress progress = new Progress(total[0]);
            long lastSaved = 0;
            for (List<ImportRow> group : groups.values()) {
                importCountry(job, group, progress);
                if (System.nanoTime() - lastSaved > PROGRESS_INTERVAL_NANOS) {
                    save(jobId, progress, null);
                    lastSaved = System.nanoTime();
                }
            }
            save(jobId, progress, ImportJob.Status.DONE);
            Log.infof("Import %s done: %d rows, %d countries imported, %d rejected, %d errors", jobId, progress.total,
                    progress.imported, progress.rejected, progress.errorCount);
        } catch (JobLeases.LostLease e) {
            Log.warnf("Import %s stopped here: %s", jobId, e.getMessage());
        } catch (RuntimeException e) {
            worker.checkStillMine(jobId); // a replica that stops leaves the job to another instead of failing it
            Log.errorf(e, "Import %s failed", jobId);
            QuarkusTransaction.requiringNew().run(() -> {
                ImportJob job = ImportJob.findById(jobId);
                job.status = ImportJob.Status.FAILED;
                job.failure = String.valueOf(e.getMessage());
                job.finishedAt = Instant.now();
            });
        }
    }

    private void importCountry(ImportJob job, List<ImportRow> rows, Progress progress) {
        String country = rows.get(0).country();
        String instrument = rows.get(0).instrument();
        List<RowError> errors = new ArrayList<>();
        QuestionnaireDocument questionnaire = null;
        if (country == null) {
            rows.forEach(row -> errors.add(new RowError(row.row(), ImportColumns.COUNTRY, null, "is empty")));
        } else if (instrument == null) {
            rows.forEach(row -> errors.add(new RowError(row.row(), ImportColumns.INSTRUMENT, null, "is empty")));
        } else if ((questionnaire = responses.pinnedQuestionnaire(job.cycleId, instrument)) == null) {
            rows.forEach(row -> errors.add(new RowError(row.row(), ImportColumns.INSTRUMENT, instrument,
                    "is not an instrument of the cycle")));
        } else if (!expected(job.cycleId, instrument).contains(country)) {
            rows.forEach(row -> errors.add(new RowError(row.row(), ImportColumns.COUNTRY, country,
                    "is not among the States parties expected to report on " + instrument + " in the cycle")));
        }
        ObjectNode answers = json.createObjectNode();
        Map<String, List<ImportRow>> rowsOfQuestion = new HashMap<>();
        // report every error of the country, not just the first: check its answers even if some rows are wrong
        boolean countryAndInstrumentFit = errors.isEmpty();
        if (countryAndInstrumentFit) {
            Map<String, Question> questions = questions(questionnaire);
            for (ImportRow row : rows) {
                Question question = row.question() == null ? null : questions.get(row.question());
                if (question == null) {
                    errors.add(new RowError(row.row(), ImportColumns.QUESTION, row.question(),
                            "is not a question of the questionnaire version the cycle uses for " + instrument));
                    continue;
                }
                List<ImportRow> previous = rowsOfQuestion.computeIfAbsent(question.code(), code -> new ArrayList<>());
                if (question.kind() != QuestionType.NEEDS && !previous.isEmpty()) {
                    errors.add(new RowError(row.row(), ImportColumns.QUESTION, row.question(),
                            "is answered twice (also row " + previous.get(0).row() + ")"));
                    continue;
                }
                previous.add(row);
                addAnswer(answers, question, row, errors);
            }
        }
        if (countryAndInstrumentFit) {
            AnswerReport report = org.taplatform.survey.response.AnswerChecker.check(questionnaire, instrument, answers);
            for (AnswerReport.QuestionCheck check : report.checks()) {
                if (check.status() == AnswerReport.Status.INVALID) {
                    check.problems().forEach(problem -> errors.add(rowError(rowsOfQuestion.get(check.code()), problem)));
                }
            }
        }
        if (errors.isEmpty()) {
            try {
                String refused = responses.importAnswers(job.cycleId, country, instrument, answers, job.submit,
                        job.createdBy + " (import " + job.id + ")");
                if (refused != null) {
                    errors.add(new RowError(rows.get(0).row(), ImportColumns.COUNTRY, country, refused));
                }
            } catch (ResponseService.ImportRefusedException refused) {
                errors.add(new RowError(rows.get(0).row(), ImportColumns.COUNTRY, country, refused.getMessage()));
            }
        }
        progress.done += rows.size();
        if (errors.isEmpty()) {
            progress.imported++;
        } else {
            progress.rejected++;
            progress.add(errors);
        }
    }

    private void addAnswer(ObjectNode answers, Question question, ImportRow row, List<RowError> errors) {
        String value = row.get(ImportColumns.VALUE);
        switch (question.kind()) {
            case YES_NO_PARTLY, SINGLE_CHOICE, TEXT -> {
                if (value != null) {
                    answers.put(question.code(), question.kind() == QuestionType.YES_NO_PARTLY
                            ? value.toUpperCase(java.util.Locale.ROOT) : value);
                }
            }
            case MULTIPLE_CHOICE -> {
                ArrayNode codes = answers.putArray(question.code());
                if (value != null) {
                    for (String code : value.split("\\|")) {
                        if (!code.isBlank()) {
                            codes.add(code.trim());
                        }
                    }
                }
            }
            case NUMBER -> {
                if (value != null) {
                    try {
                        answers.put(question.code(), new BigDecimal(value.replace(',', '.')));
                    } catch (NumberFormatException e) {
                        errors.add(new RowError(row.row(), ImportColumns.VALUE, value, "is not a number"));
                    }
                }
            }
            case NEEDS -> {
                ArrayNode needs = answers.has(question.code()) ? (ArrayNode) answers.get(question.code())
                        : answers.putArray(question.code());
                ObjectNode need = needs.addObject();
                put(need, "taSubtype", row.get(ImportColumns.NEED_TA_SUBTYPE));
                put(need, "article", row.get(ImportColumns.NEED_ARTICLE));
                put(need, "thematicArea", row.get(ImportColumns.NEED_THEMATIC_AREA));
                put(need, "priority", row.get(ImportColumns.NEED_PRIORITY));
                put(need, "consent", row.get(ImportColumns.NEED_CONSENT));
                put(need, "description", row.get(ImportColumns.NEED_DESCRIPTION));
                String groups = row.get(ImportColumns.NEED_BENEFICIARY_GROUPS);
                if (groups != null) {
                    ArrayNode list = need.putArray("beneficiaryGroups");
                    for (String group : groups.split("\\|")) {
                        if (!group.isBlank()) {
                            list.add(group.trim());
                        }
                    }
                }
            }
        }
    }

    /** A checker problem ("[2].taSubtype X ..." for needs) back to the row and column it came from. */
    private static RowError rowError(List<ImportRow> rows, String problem) {
        Matcher need = NEED_INDEX.matcher(problem);
        if (need.find() && Integer.parseInt(need.group(1)) < rows.size()) {
            ImportRow row = rows.get(Integer.parseInt(need.group(1)));
            String field = need.group(2).split(" ")[0];
            String column = switch (field) {
                case "taSubtype" -> ImportColumns.NEED_TA_SUBTYPE;
                case "article" -> ImportColumns.NEED_ARTICLE;
                case "thematicArea" -> ImportColumns.NEED_THEMATIC_AREA;
                case "beneficiaryGroups" -> ImportColumns.NEED_BENEFICIARY_GROUPS;
                case "priority" -> ImportColumns.NEED_PRIORITY;
                case "consent" -> ImportColumns.NEED_CONSENT;
                case "description" -> ImportColumns.NEED_DESCRIPTION;
                default -> ImportColumns.QUESTION;
            };
            return new RowError(row.row(), column, row.get(column), need.group(2));
        }
        ImportRow row = rows.get(0);
        return new RowError(row.row(), ImportColumns.VALUE, row.get(ImportColumns.VALUE), problem);
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private final Map<String, Set<String>> expectedCache = new java.util.concurrent.ConcurrentHashMap<>();

    private Set<String> expected(UUID cycleId, String instrument) {
        return expectedCache.computeIfAbsent(cycleId + "/" + instrument,
                key -> Set.copyOf(cycles.expectedReporters(cycleId, instrument)));
    }

    private static Map<String, Question> questions(QuestionnaireDocument questionnaire) {
        Map<String, Question> questions = new HashMap<>();
        questionnaire.sections().forEach(section -> section.questions().forEach(q -> questions.put(q.code(), q)));
        return questions;
    }

    private void save(UUID jobId, Progress progress, ImportJob.Status finalStatus) {
        worker.checkStillMine(jobId);
        String errors = progress.errorsJson(json);
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(jobId);
            job.rowsTotal = progress.total;
            job.rowsDone = progress.done;
            job.countriesImported = progress.imported;
            job.countriesRejected = progress.rejected;
            job.errorCount = progress.errorCount;
            job.errors = errors;
            if (finalStatus != null) {
                job.status = finalStatus;
                job.finishedAt = Instant.now();
            }
        });
    }

    /** What a running job has done so far. */
    private static final class Progress {
        final int total;
        int done;
        int imported;
        int rejected;
        int errorCount;
        final List<RowError> errors = new ArrayList<>();

        Progress(int total) {
            this.total = total;
        }

        void add(List<RowError> more) {
            errorCount += more.size();
            for (RowError error : more) {
                if (errors.size() < ERRORS_KEPT) {
                    errors.add(error);
                }
            }
        }

        String errorsJson(ObjectMapper json) {
            try {
                return json.writeValueAsString(errors);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
