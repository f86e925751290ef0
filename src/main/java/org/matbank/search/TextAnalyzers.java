package org.matbank.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The analysers of the text fields: Nori with MatBank's materials user dictionary for Korean (and
 * mixed) text, Lucene's English analyser (stemming: "steels" finds "steel") beside it.
 */
final class TextAnalyzers {

    static final String KOREAN = "text";
    static final String ENGLISH = "text_en";

    private TextAnalyzers() {
    }

    /**
     * For indexing: compounds are kept whole and split into their parts (MIXED), so that a
     * search for the compound or for a part finds the sentence.
     */
    static Analyzer forIndexing() {
        return perField(new KoreanAnalyzer(dictionary(), KoreanTokenizer.DecompoundMode.MIXED,
                KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false));
    }

    /** For queries: a compound the user typed stays one term (it was indexed whole). */
    static Analyzer forQueries() {
        return perField(new KoreanAnalyzer(dictionary(), KoreanTokenizer.DecompoundMode.NONE,
                KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false));
    }

    private static Analyzer perField(Analyzer korean) {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(),
                Map.of(KOREAN, korean, ENGLISH, new EnglishAnalyzer()));
    }

    private static UserDictionary dictionary() {
        try (Reader in = new InputStreamReader(
                TextAnalyzers.class.getResourceAsStream("/search/userdict_ko.txt"), StandardCharsets.UTF_8)) {
            return UserDictionary.open(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
