package org.tongban.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The words of a text as the search index reads them ({@link SearchAnalysis}'s {@code chinese} chain: smartcn
 * segmentation, lower case, ASCII folding), without punctuation and the commonest function words; for other
 * modules that compare texts, such as duplicate complaints. {@link #similarity} is the Dice coefficient of
 * two term sets. Thread-safe.
 */
@Component
@NamedInterface("analysis")
public class TextTerms {

    private static final Set<String> STOP = Set.of("的", "了", "是", "在", "我", "你", "他", "她", "它", "们", "和",
            "与", "也", "就", "都", "而", "及", "或", "一个", "这", "那", "有", "没有", "吗", "呢", "吧", "啊", "要",
            "请", "我们", "你们", "他们", "这个", "那个", "还", "又", "被", "把", "让", "给", "对", "从", "到");

    private final Analyzer analyzer;

    TextTerms() {
        try {
            this.analyzer = SearchAnalysis.chinese();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distinct terms of {@code text} in order of first appearance. */
    public Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (word.codePoints().anyMatch(Character::isLetterOrDigit) && !STOP.contains(word)) {
                    terms.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** 2|A∩B| / (|A| + |B|): 1 for the same terms, 0 for none in common or an empty side. */
    public static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return 2.0 * common / (a.size() + b.size());
    }
}
