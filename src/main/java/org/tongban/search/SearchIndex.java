package org.tongban.search;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.catalog.ListingPublished;
import org.tongban.catalog.ListingWithdrawn;

/**
 * Writing the search index: a document is put or removed in the caller's transaction and Hibernate Search
 * indexes it when that commits. Published and withdrawn listings arrive as catalog events; other sources
 * (the knowledge base) call {@link #put} and {@link #remove}. {@link #rebuild()} brings every document in
 * line with its source and re-indexes everything from the database.
 */
@Service
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int BATCH = 200;

    private final SearchDocuments documents;
    private final ObjectProvider<SearchSource> sources;
    private final CatalogDocuments catalog;
    private final Embeddings embeddings;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final Suggestions suggestions;
    private final Clock clock;

    SearchIndex(SearchDocuments documents, ObjectProvider<SearchSource> sources,
            CatalogDocuments catalog, Embeddings embeddings,
            EntityManager entityManager, PlatformTransactionManager transactions, Suggestions suggestions,
            Clock clock) {
        this.clock = clock;
        this.documents = documents;
        this.sources = sources;
        this.catalog = catalog;
        this.embeddings = embeddings;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.suggestions = suggestions;
    }

    /** Puts (adds or replaces) a document; its embedding is computed again when its text changed. */
    @Transactional
    public void put(SearchSource.Document document) {
        SearchDocument row = documents.findById(document.id()).orElseGet(() -> new SearchDocument(document.id()));
        boolean changed = row.fill(document, clock.instant());
        if ((changed || !row.hasEmbedding()) && embeddings.ready()) {
            row.embed(embeddings.passage(document.semanticText()));
        } else if (changed) {
            row.embed(null);
        }
        documents.save(row);
        suggestions.changed();
    }

    @Transactional
    public void remove(SearchSource.Type type, String code) {
        documents.deleteById(type.wireName() + ":" + code);
        suggestions.changed();
    }

    @ApplicationModuleListener
    void on(ListingPublished event) {
        catalog.document(event.listingCode()).ifPresentOrElse(this::put, () -> remove(SearchSource.Type.ITEM, event.listingCode()));
    }

    @ApplicationModuleListener
    void on(ListingWithdrawn event) {
        remove(SearchSource.Type.ITEM, event.listingCode());
    }

    /** What a rebuild did. */
    public record Rebuilt(int documents, int removed, int embedded, long millis) {
    }

    /**
     * Every source's documents put again (those no longer there removed), embeddings computed where missing,
     * then the whole index written anew from the database.
     */
    public Rebuilt rebuild() {
        long start = System.nanoTime();
        int total = 0;
        int removed = 0;
        int embedded = 0;
        for (SearchSource source : sources.orderedStream().toList()) {
            List<SearchSource.Document> given = source.documents();
            Set<String> ids = given.stream().map(SearchSource.Document::id).collect(Collectors.toSet());
            Set<String> stale = new HashSet<>(transaction.execute(s -> documents.idsOfType(source.type().name())));
            stale.removeAll(ids);
            for (int i = 0; i < given.size(); i += BATCH) {
                List<SearchSource.Document> batch = given.subList(i, Math.min(given.size(), i + BATCH));
                embedded += transaction.execute(s -> putAll(batch));
            }
            transaction.executeWithoutResult(s -> stale.forEach(documents::deleteById));
            total += given.size();
            removed += stale.size();
        }
        embedded += embedMissing();
        reindex();
        suggestions.changed();
        var rebuilt = new Rebuilt(total, removed, embedded, (System.nanoTime() - start) / 1_000_000);
        log.info("Search index rebuilt: {} documents, {} removed, {} embedded, in {} ms", rebuilt.documents(),
                rebuilt.removed(), rebuilt.embedded(), rebuilt.millis());
        return rebuilt;
    }

    /** Puts many documents in one transaction, their embeddings computed in one batch; returns how many were embedded. */
    @Transactional
    public int putAll(List<SearchSource.Document> batch) {
        Map<String, SearchDocument> rows = documents.findAllById(batch.stream().map(SearchSource.Document::id).toList())
                .stream().collect(Collectors.toMap(SearchDocument::id, Function.identity()));
        List<SearchDocument> changed = new ArrayList<>();
        List<SearchSource.Document> toEmbed = new ArrayList<>();
        Instant now = clock.instant();
        for (SearchSource.Document document : batch) {
            SearchDocument row = rows.getOrDefault(document.id(), new SearchDocument(document.id()));
            if (row.fill(document, now) || !row.hasEmbedding() || !rows.containsKey(document.id())) {
                changed.add(row);
                toEmbed.add(document);
            }
        }
        List<float[]> vectors = embeddings.ready() && !toEmbed.isEmpty()
                ? embeddings.passages(toEmbed.stream().map(SearchSource.Document::semanticText).toList()) : null;
        for (int i = 0; i < changed.size(); i++) {
            changed.get(i).embed(vectors == null ? null : vectors.get(i));
        }
        documents.saveAll(changed);
        suggestions.changed();
        return vectors == null ? 0 : vectors.size();
    }

    /** Computes the embeddings still missing (documents put before the model was loaded); returns how many. */
    public int embedMissing() {
        if (!embeddings.ready()) {
            return 0;
        }
        int done = 0;
        while (true) {
            Integer count = transaction.execute(s -> {
                List<SearchDocument> rows = documents.withoutEmbedding(PageRequest.of(0, BATCH));
                if (rows.isEmpty()) {
                    return 0;
                }
                List<float[]> vectors = embeddings.passages(rows.stream()
                        .map(r -> SearchSource.Document.semanticText(r.title(), r.alternates())).toList());
                for (int i = 0; i < rows.size(); i++) {
                    rows.get(i).embed(vectors.get(i));
                }
                return rows.size();
            });
            if (count == null || count == 0) {
                return done;
            }
            done += count;
        }
    }

    /** Writes the whole index anew from the search documents. */
    void reindex() {
        try {
            Search.mapping(entityManager.getEntityManagerFactory()).scope(SearchDocument.class).massIndexer()
                    .threadsToLoadObjects(1).batchSizeToLoadObjects(200).mergeSegmentsOnFinish(true).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Re-indexing was interrupted", e);
        }
    }

    /**
     * Merges the index into few segments. Each committed batch of writes adds a segment, and every search
     * visits every segment (and its own vector graph): after a bulk load, merging makes searches several
     * times cheaper. A rebuild merges by itself.
     */
    public void optimize() {
        Search.mapping(entityManager.getEntityManagerFactory()).scope(SearchDocument.class).workspace().mergeSegments();
    }

    /** How many documents of each kind the database holds. */
    @Transactional(readOnly = true)
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SearchSource.Type type : SearchSource.Type.values()) {
            counts.put(type.wireName(), documents.countByType(type.name()));
        }
        return counts;
    }
}
