package org.tongban.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of search ({@code tongban.search.*}).
 *
 * @param semantic whether the sentence-embedding model is loaded and blended into the ranking
 * @param semanticWeight the share of semantic similarity in a result's score, 0–1 (tuned on the benchmark)
 * @param hotHalfLife how fast a query's weight in the hot terms decays
 * @param rebuildOnStart whether a start-up brings the index in line with the catalog and the knowledge base
 */
@ConfigurationProperties("tongban.search")
record SearchProperties(
        @DefaultValue("true") boolean semantic,
        @DefaultValue("0.35") double semanticWeight,
        @DefaultValue("7d") Duration hotHalfLife,
        @DefaultValue("true") boolean rebuildOnStart) {

    SearchProperties {
        if (semanticWeight < 0 || semanticWeight > 1) {
            throw new IllegalArgumentException("tongban.search.semantic-weight must be between 0 and 1");
        }
    }
}
