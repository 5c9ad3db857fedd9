package org.tongban.search;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tongban.shared.BoundedCache;

/**
 * Sentence embeddings from bge-small-zh v1.5, run in-process (ONNX) from the model inside its Maven artifact.
 * The model loads in the background after start-up (about a second and 400 MB off the heap); until then, and
 * when {@code tongban.search.semantic} is off, search is lexical only. Query vectors are cached, since the
 * same few hundred queries make most of the traffic.
 */
@Component
class Embeddings {

    private static final Logger log = LoggerFactory.getLogger(Embeddings.class);
    /** bge's instruction for short queries that retrieve passages. */
    private static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

    private final boolean enabled;
    private final CountDownLatch loaded = new CountDownLatch(1);
    private final BoundedCache<String, float[]> queries = new BoundedCache<>(20_000);
    private volatile EmbeddingModel model;

    Embeddings(SearchProperties properties) {
        this.enabled = properties.semantic();
        if (!enabled) {
            loaded.countDown();
        }
    }

    /** Loads the model (once); called from the background start-up task. */
    void load() {
        if (!enabled || model != null) {
            return;
        }
        try {
            long start = System.nanoTime();
            EmbeddingModel m = new BgeSmallZh();
            m.embed("预热");
            model = m;
            log.info("Sentence-embedding model bge-small-zh-v1.5 loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException | LinkageError e) {
            log.warn("The sentence-embedding model could not be loaded; search stays lexical", e);
        } finally {
            loaded.countDown();
        }
    }

    boolean ready() {
        return model != null;
    }

    /** Waits until the model is loaded (or failed, or is off); true when it is ready. */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        return loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && ready();
    }

    /** The vector of a passage (a title and its alternates), or null without a model. */
    float[] passage(String text) {
        EmbeddingModel m = model;
        return m == null ? null : m.embed(text).content().vector();
    }

    /** The vectors of many passages at once (the model batches them), or null without a model. */
    List<float[]> passages(List<String> texts) {
        EmbeddingModel m = model;
        if (m == null) {
            return null;
        }
        return m.embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(e -> e.vector()).toList();
    }

    /** The vector of a query, cached; null without a model. */
    float[] query(String text) {
        EmbeddingModel m = model;
        if (m == null) {
            return null;
        }
        return queries.get(text, q -> m.embed(QUERY_INSTRUCTION + q).content().vector());
    }
}
