package org.tongban.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.WhitespaceTokenizerFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the search index: {@code chinese} segments Chinese text into words (smartcn's HMM
 * tokenizer, which also keeps Latin words and numbers) and folds case; {@code words} splits on white space
 * (pinyin syllables, initials, audiences). Synonyms are applied to the query, not here, so the managed
 * dictionary changes without re-indexing (see {@link Synonyms}).
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    static final String CHINESE = "chinese";
    static final String WORDS = "words";

    /** The {@code chinese} chain as a plain Lucene analyzer, for reading text outside the index. */
    static Analyzer chinese() throws IOException {
        return CustomAnalyzer.builder()
                .withTokenizer(HMMChineseTokenizerFactory.class)
                .addTokenFilter(LowerCaseFilterFactory.class)
                .addTokenFilter(ASCIIFoldingFilterFactory.class)
                .build();
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CHINESE).custom()
                .tokenizer(HMMChineseTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.analyzer(WORDS).custom()
                .tokenizer(WhitespaceTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);
    }
}
