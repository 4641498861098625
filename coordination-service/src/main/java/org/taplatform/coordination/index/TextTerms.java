package org.taplatform.coordination.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Titles and descriptions as sets of analysed terms, per language, with Lucene's analyzers for the six UN languages
 * (stop words out, stemming; Chinese as overlapping character bigrams): "trainings of prosecutors" and "training for
 * prosecutors" share their terms. Other languages get the standard analyzer. Analyzers are thread-safe.
 */
public final class TextTerms {

    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            "en", new EnglishAnalyzer(), "fr", new FrenchAnalyzer(), "es", new SpanishAnalyzer(),
            "ru", new RussianAnalyzer(), "ar", new ArabicAnalyzer(), "zh", new CJKAnalyzer());
    private static final Analyzer STANDARD = new StandardAnalyzer();

    private TextTerms() {
    }

    /** An activity's analysed terms by primary language tag: of its titles alone, and of titles and descriptions. */
    public record Analysed(Map<String, Set<String>> titles, Map<String, Set<String>> texts) {
    }

    /** Analyses each title and description once: the texts' terms are the titles' and the descriptions' together. */
    public static Analysed of(Map<String, String> titles, Map<String, String> descriptions) {
        Map<String, Set<String>> ofTitles = new LinkedHashMap<>();
        titles.forEach((language, text) -> ofTitles.computeIfAbsent(primary(language), l -> new HashSet<>())
                .addAll(analyse(primary(language), text)));
        Map<String, Set<String>> texts = new LinkedHashMap<>();
        ofTitles.forEach((language, terms) -> texts.put(language, new HashSet<>(terms)));
        descriptions.forEach((language, text) -> texts.computeIfAbsent(primary(language), l -> new HashSet<>())
                .addAll(analyse(primary(language), text)));
        return new Analysed(ofTitles, texts);
    }

    private static Set<String> analyse(String language, String text) {
        Set<String> terms = new HashSet<>();
        try (TokenStream tokens = ANALYZERS.getOrDefault(language, STANDARD).tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }
}
