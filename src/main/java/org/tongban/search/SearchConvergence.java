package org.tongban.search;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings this instance's Lucene index in line with the {@code search_document} table that every instance
 * writes, when several instances run ({@code tongban.search.converge-interval}, set by the cluster profile).
 * An instance indexes what it writes itself at once; what another instance wrote reaches it here: rows
 * changed since the last pass (with a margin for clocks that differ) are indexed again, and documents whose
 * row is gone are purged. Each pass compares identifiers only, so it costs little next to a search.
 *
 * <p>Every instance runs this, unlike the ShedLock jobs: each has an index of its own.
 */
@Component
@ConditionalOnProperty("tongban.search.converge-interval")
class SearchConvergence {

    private static final Logger log = LoggerFactory.getLogger(SearchConvergence.class);
    /** Rows written this long before the last pass are looked at again: clocks and commits may lag. */
    static final Duration MARGIN = Duration.ofMinutes(2);
    private static final int BATCH = 200;

    private final SearchDocuments documents;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final Suggestions suggestions;
    private final SearchStartup startup;
    private final Clock clock;
    private Instant lastPass;

    SearchConvergence(SearchDocuments documents, EntityManager entityManager, PlatformTransactionManager transactions,
            Suggestions suggestions, SearchStartup startup, Clock clock) {
        this.startup = startup;
        this.documents = documents;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.suggestions = suggestions;
        this.clock = clock;
        this.lastPass = clock.instant();
    }

    /** What one pass did. */
    record Pass(int indexed, int purged) {
    }

    @Scheduled(fixedDelayString = "${tongban.search.converge-interval}",
            initialDelayString = "${tongban.search.converge-interval}")
    void scheduled() throws InterruptedException {
        if (!startup.awaitDone(Duration.ZERO)) {
            return; // the start-up rebuild is writing the index; the next pass looks at what it left
        }
        Pass pass = converge();
        if (pass.indexed() + pass.purged() > 0) {
            log.info("Search index converged: {} documents indexed, {} purged", pass.indexed(), pass.purged());
        }
    }

    synchronized Pass converge() {
        Instant started = clock.instant();
        Instant since = lastPass.minus(MARGIN);
        Pass pass = transaction.execute(status -> {
            SearchSession session = Search.session(entityManager);
            Set<String> stored = new HashSet<>(documents.allIds());
            Set<String> indexed = new HashSet<>(session.search(SearchDocument.class)
                    .select(f -> f.id(String.class)).where(f -> f.matchAll()).fetchAllHits());
            Set<String> changed = new HashSet<>(documents.idsUpdatedSince(since));
            stored.stream().filter(id -> !indexed.contains(id)).forEach(changed::add);
            List<String> gone = indexed.stream().filter(id -> !stored.contains(id)).toList();
            SearchIndexingPlan plan = session.indexingPlan();
            List<String> toIndex = List.copyOf(changed);
            for (int i = 0; i < toIndex.size(); i += BATCH) {
                documents.findAllById(toIndex.subList(i, Math.min(toIndex.size(), i + BATCH)))
                        .forEach(plan::addOrUpdate);
                plan.execute();
                entityManager.clear();
            }
            gone.forEach(id -> plan.purge(SearchDocument.class, id, null));
            plan.execute();
            return new Pass(toIndex.size(), gone.size());
        });
        lastPass = started;
        if (pass.indexed() + pass.purged() > 0) {
            suggestions.changed();
        }
        return pass;
    }
}
