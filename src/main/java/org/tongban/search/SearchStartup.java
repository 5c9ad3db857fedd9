package org.tongban.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tongban.shared.BackgroundWork;

/**
 * After start-up, in the background: the synonym dictionary seeded, the embedding model loaded, and the index
 * brought in line with its sources when it is not (a new machine, an empty in-memory index, documents added
 * while it was down). Searches work meanwhile, lexically and on what is indexed so far; the health endpoint's
 * {@code background} component shows the work as {@code search} until it is done.
 */
@Component
class SearchStartup {

    private static final Logger log = LoggerFactory.getLogger(SearchStartup.class);

    private final Synonyms synonyms;
    private final Embeddings embeddings;
    private final SearchIndex index;
    private final SearchDocuments documents;
    private final ObjectProvider<SearchSource> sources;
    private final EntityManagerFactory entityManagers;
    private final SearchProperties properties;
    private final BackgroundWork background;
    private final CountDownLatch done = new CountDownLatch(1);

    SearchStartup(Synonyms synonyms, Embeddings embeddings, SearchIndex index, SearchDocuments documents,
            ObjectProvider<SearchSource> sources, EntityManagerFactory entityManagers,
            SearchProperties properties, BackgroundWork background) {
        this.background = background;
        this.synonyms = synonyms;
        this.embeddings = embeddings;
        this.index = index;
        this.documents = documents;
        this.sources = sources;
        this.entityManagers = entityManagers;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        BackgroundWork.Task task = background.start("search");
        Thread worker = new Thread(() -> prepare(task), "search-startup");
        worker.setDaemon(true);
        worker.start();
    }

    private void prepare(BackgroundWork.Task task) {
        try {
            task.progress("synonyms");
            synonyms.seedIfEmpty();
            task.progress("embedding model");
            embeddings.load();
            task.progress("index");
            if (properties.rebuildOnStart() && outOfLine()) {
                index.rebuild();
            } else {
                index.embedMissing();
            }
            task.done();
        } catch (RuntimeException e) {
            task.failed();
            log.warn("Search start-up did not finish; POST /api/v1/search/rebuild builds the index again", e);
        } finally {
            done.countDown();
        }
    }

    /** Waits until the start-up work is done; true when it is. */
    boolean awaitDone(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The index holds fewer documents than the database, or the database fewer than the sources. */
    private boolean outOfLine() {
        long rows = documents.count();
        long indexed;
        try (EntityManager em = entityManagers.createEntityManager()) {
            indexed = Search.session(em).search(SearchDocument.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
        if (indexed != rows || rows == 0) {
            return true;
        }
        for (SearchSource source : sources.orderedStream().toList()) {
            if (documents.countByType(source.type().name()) != source.count()) {
                return true;
            }
        }
        return false;
    }
}
