package org.taplatform.console.page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A questionnaire as a form, article by article: each question with its field, the answer as it stands, and what the
 * service says of it; and the form's fields back as the answers survey-service takes. Field names: {@code q.<code>}
 * for an answer, {@code n.<code>.<i>.<field>} for the i-th need of a NEEDS question (the last one blank, to add one).
 */
public final class ResponseForm {

    /** A choice, an offered subtype, a priority or a consent: a code, its label, whether it is the one chosen. */
    public record Option(String code, String label, boolean selected) {
    }

    /** One need as its fields. */
    public record NeedForm(String field, String id, List<Option> subtypes, List<Option> priorities,
            List<Option> consents, String description, boolean blank) {
    }

    public record QuestionForm(String code, String type, String label, String hint, boolean required, List<Option> options,
            String value, List<NeedForm> needs, List<Problem> problems) {

        public String field() {
            return "q." + code;
        }

        /** An id for HTML: codes hold dots. */
        public String id() {
            return "q-" + code.replace('.', '-');
        }

        public boolean invalid() {
            return !problems.isEmpty();
        }
    }

    public record SectionForm(String code, String title, List<QuestionForm> questions) {
    }

    private ResponseForm() {
    }

    /** The sections of the questionnaire preview (in the page's language) with the answers and the problems. */
    static List<SectionForm> sections(JsonNode preview, JsonNode answers, Map<String, List<Problem>> problems,
            Labels labels) {
        List<SectionForm> sections = new ArrayList<>();
        for (JsonNode section : preview.path("sections")) {
            List<QuestionForm> questions = new ArrayList<>();
            for (JsonNode question : section.path("questions")) {
                String code = question.path("code").asText();
                String type = question.path("type").asText();
                JsonNode answer = answers.path(code);
                List<Option> options = switch (type) {
                    case "YES_NO_PARTLY" -> List.of(new Option("YES", labels.yes(), "YES".equals(answer.asText())),
                            new Option("NO", labels.no(), "NO".equals(answer.asText())),
                            new Option("PARTLY", labels.partly(), "PARTLY".equals(answer.asText())));
                    case "SINGLE_CHOICE", "MULTIPLE_CHOICE" -> choices(question.path("choices"), answer);
                    default -> List.of();
                };
                List<NeedForm> needs = new ArrayList<>();
                if (type.equals("NEEDS")) {
                    int index = 0;
                    for (JsonNode need : answer) {
                        needs.add(need(code, index++, question, need, labels));
                    }
                    needs.add(need(code, index, question, JsonNodeFactory.instance.objectNode(), labels));
                }
                String value = answer.isMissingNode() || answer.isNull() || answer.isContainerNode() ? ""
                        : answer.asText();
                questions.add(new QuestionForm(code, type, question.path("label").asText(),
                        question.path("hint").asText(null), question.path("required").asBoolean(), options, value,
                        needs, problems.getOrDefault(code, List.of())));
            }
            sections.add(new SectionForm(section.path("code").asText(), section.path("title").asText(), questions));
        }
        return sections;
    }

    private static List<Option> choices(JsonNode choices, JsonNode answer) {
        List<Option> options = new ArrayList<>();
        for (JsonNode choice : choices) {
            String code = choice.path("code").asText();
            boolean chosen = answer.isArray() ? contains(answer, code) : code.equals(answer.asText());
            options.add(new Option(code, choice.path("label").asText(), chosen));
        }
        return options;
    }

    private static boolean contains(JsonNode array, String code) {
        for (JsonNode item : array) {
            if (code.equals(item.asText())) {
                return true;
            }
        }
        return false;
    }

    private static NeedForm need(String code, int index, JsonNode question, JsonNode need, Labels labels) {
        String subtype = need.path("taSubtype").asText("");
        List<Option> subtypes = new ArrayList<>();
        subtypes.add(new Option("", labels.none(), subtype.isEmpty()));
        for (JsonNode offered : question.path("taSubtypes")) {
            subtypes.add(new Option(offered.path("code").asText(), offered.path("label").asText(),
                    offered.path("code").asText().equals(subtype)));
        }
        if (!question.has("taSubtypes") || question.path("taSubtypes").isNull()) {
            labels.allSubtypes().forEach((c, label) -> subtypes.add(new Option(c, label, c.equals(subtype))));
        }
        String priority = need.path("priority").asText("MEDIUM");
        String consent = need.path("consent").asText("PROVIDERS_AND_DONORS");
        return new NeedForm("n." + code + "." + index, need.path("id").asText(""), subtypes,
                List.of(new Option("HIGH", labels.priorityHigh(), "HIGH".equals(priority)),
                        new Option("MEDIUM", labels.priorityMedium(), "MEDIUM".equals(priority)),
                        new Option("LOW", labels.priorityLow(), "LOW".equals(priority))),
                List.of(new Option("UNODC_ONLY", labels.consentUnodc(), "UNODC_ONLY".equals(consent)),
                        new Option("PROVIDERS_AND_DONORS", labels.consentProviders(),
                                "PROVIDERS_AND_DONORS".equals(consent)),
                        new Option("PUBLIC", labels.consentPublic(), "PUBLIC".equals(consent))),
                need.path("description").asText(""), subtype.isEmpty());
    }

    /** The form's fields as survey-service's answers: blank fields are no answer, a blank need row is no need. */
    static ObjectNode answers(JsonNode preview, MultivaluedMap<String, String> form) {
        ObjectNode answers = JsonNodeFactory.instance.objectNode();
        for (JsonNode section : preview.path("sections")) {
            for (JsonNode question : section.path("questions")) {
                String code = question.path("code").asText();
                String value = form.getFirst("q." + code);
                switch (question.path("type").asText()) {
                    case "MULTIPLE_CHOICE" -> {
                        List<String> chosen = form.get("q." + code);
                        if (chosen != null && !chosen.isEmpty()) {
                            ArrayNode array = answers.putArray(code);
                            chosen.forEach(array::add);
                        }
                    }
                    case "NUMBER" -> {
                        if (value != null && !value.isBlank()) {
                            try {
                                answers.put(code, new BigDecimal(value.strip()));
                            } catch (NumberFormatException e) {
                                answers.put(code, value.strip()); // the service says it is not a number
                            }
                        }
                    }
                    case "NEEDS" -> {
                        ArrayNode needs = JsonNodeFactory.instance.arrayNode();
                        for (int i = 0; form.containsKey("n." + code + "." + i + ".taSubtype"); i++) {
                            String prefix = "n." + code + "." + i + ".";
                            String subtype = form.getFirst(prefix + "taSubtype");
                            if (subtype == null || subtype.isBlank() || form.containsKey(prefix + "remove")) {
                                continue;
                            }
                            ObjectNode need = needs.addObject();
                            copy(form, prefix + "id", need, "id");
                            need.put("taSubtype", subtype);
                            copy(form, prefix + "priority", need, "priority");
                            copy(form, prefix + "consent", need, "consent");
                            copy(form, prefix + "description", need, "description");
                        }
                        if (!needs.isEmpty()) {
                            answers.set(code, needs);
                        }
                    }
                    default -> {
                        if (value != null && !value.isBlank()) {
                            answers.put(code, value.strip());
                        }
                    }
                }
            }
        }
        return answers;
    }

    private static void copy(MultivaluedMap<String, String> form, String field, ObjectNode need, String name) {
        String value = form.getFirst(field);
        if (value != null && !value.isBlank()) {
            need.put(name, value.strip());
        }
    }

    /**
     * A problem beside a question: in the page's language when the service's code for it is one the console words,
     * else as the service wrote it (English, so marked).
     */
    public record Problem(String text, boolean english) {

        static Problem english(String text) {
            return new Problem(text, true);
        }
    }

    /**
     * The service's report (report.checks) as problems by question code, each worded by {@code words} from its code
     * and values (report.checks[].issues, one for each problem) where it can, else the service's English text.
     */
    static Map<String, List<Problem>> problems(JsonNode report,
            java.util.function.BiFunction<String, JsonNode, String> words) {
        Map<String, List<Problem>> problems = new HashMap<>();
        for (JsonNode check : report.path("checks")) {
            List<Problem> messages = new ArrayList<>();
            JsonNode texts = check.path("problems");
            for (int i = 0; i < texts.size(); i++) {
                JsonNode issue = check.path("issues").path(i);
                String worded = issue.isMissingNode() ? null : words.apply(issue.path("code").asText(),
                        issue.path("values"));
                messages.add(worded == null ? Problem.english(texts.get(i).asText()) : new Problem(worded, false));
            }
            if (!messages.isEmpty()) {
                problems.put(check.path("code").asText(), messages);
            }
        }
        return problems;
    }

    /** A refusal's violations (field "answers.A5.1" or "answers") as problems by question code. */
    static Map<String, List<Problem>> violations(JsonNode problem) {
        Map<String, List<Problem>> problems = new HashMap<>();
        for (JsonNode violation : problem.path("violations")) {
            String field = violation.path("field").asText();
            String code = field.startsWith("answers.") ? field.substring("answers.".length()) : field;
            problems.computeIfAbsent(code, c -> new ArrayList<>()).add(Problem.english(violation.path("message")
                    .asText()));
        }
        return problems;
    }

    /** The texts the form needs in the page's language. */
    interface Labels {
        String yes();

        String no();

        String partly();

        String none();

        String priorityHigh();

        String priorityMedium();

        String priorityLow();

        String consentUnodc();

        String consentProviders();

        String consentPublic();

        /** Every TA subtype, for a NEEDS question that offers any. */
        Map<String, String> allSubtypes();
    }
}
