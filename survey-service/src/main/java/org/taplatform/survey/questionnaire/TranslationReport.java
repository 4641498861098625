package org.taplatform.survey.questionnaire;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.taplatform.reference.UnLanguage;
import org.taplatform.survey.questionnaire.QuestionnaireDocument.Question;
import org.taplatform.survey.questionnaire.QuestionnaireDocument.Section;

/**
 * Which texts of a questionnaire lack a translation, per UN language: what translators still have to do, and
 * where a respondent will read English instead.
 */
public record TranslationReport(@Schema(example = "48") int texts, List<LanguageReport> languages) {

    public record LanguageReport(String language, boolean complete, int missing, List<String> missingTexts) {
    }

    public static TranslationReport of(QuestionnaireDocument document) {
        List<LanguageReport> languages = new ArrayList<>();
        int[] texts = new int[1];
        for (UnLanguage language : UnLanguage.values()) {
            List<String> missing = new ArrayList<>();
            texts[0] = 0;
            forEachText(document, (path, labels) -> {
                texts[0]++;
                String text = labels.get(language.tag());
                if (text == null || text.isBlank()) {
                    missing.add(path);
                }
            });
            languages.add(new LanguageReport(language.tag(), missing.isEmpty(), missing.size(), missing));
        }
        return new TranslationReport(texts[0], languages);
    }

    /** Visits every translatable text with its path in the file, e.g. {@code sections[0].questions[2].hint}. */
    static void forEachText(QuestionnaireDocument document, BiConsumer<String, Map<String, String>> visitor) {
        visitor.accept("title", document.title());
        for (int s = 0; s < document.sections().size(); s++) {
            Section section = document.sections().get(s);
            visitor.accept("sections[" + s + "].title", section.title());
            for (int q = 0; q < section.questions().size(); q++) {
                Question question = section.questions().get(q);
                String at = "sections[" + s + "].questions[" + q + "]";
                visitor.accept(at + ".label", question.label());
                if (question.hint() != null) {
                    visitor.accept(at + ".hint", question.hint());
                }
                if (question.choices() != null) {
                    for (int c = 0; c < question.choices().size(); c++) {
                        visitor.accept(at + ".choices[" + c + "].label", question.choices().get(c).label());
                    }
                }
            }
        }
    }
}
