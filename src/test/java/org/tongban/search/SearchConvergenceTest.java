package org.tongban.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.IntegrationTest;

/**
 * What another instance writes reaches this one's index: rows are changed in the database behind Hibernate
 * Search's back (as a second instance's writes look from here), and one convergence pass indexes the new
 * and the changed ones and purges the removed one.
 */
class SearchConvergenceTest extends IntegrationTest {

    @Autowired
    SearchIndex index;
    @Autowired
    SearchDocuments documents;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Suggestions suggestions;
    @Autowired
    SearchStartup startup;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private SearchConvergence convergence;
    private TransactionTemplate transaction;

    @BeforeEach
    void ready() throws InterruptedException {
        assertThat(startup.awaitDone(Duration.ofMinutes(3))).isTrue();
        convergence = new SearchConvergence(documents, entityManager, transactions, suggestions, startup, clock);
        transaction = new TransactionTemplate(transactions);
    }

    @Test
    void rowsWrittenElsewhereAreIndexedAndRowsRemovedElsewhereArePurged() {
        var document = new SearchSource.Document(SearchSource.Type.FAQ, "converge-1", null, "汇聚测试问答", "",
                "另一台实例写入的问答。", "371302", "兰山区", "COUNTY", null, null, null, "", "", false, "/faq/converge-1");
        index.put(document);
        String id = document.id();
        assertThat(indexedTitle(id)).isEqualTo("汇聚测试问答");
        assertThat(convergence.converge().purged()).as("nothing to purge while the index matches").isZero();

        // another instance changes the title; this index still has the old one
        jdbc.sql("update search_document set title = ?, updated_at = ? where id = ?")
                .params("汇聚测试问答（修订）", Timestamp.from(Instant.now(clock)), id).update();
        assertThat(indexedTitle(id)).isEqualTo("汇聚测试问答");
        SearchConvergence.Pass changed = convergence.converge();
        assertThat(changed.indexed()).isGreaterThanOrEqualTo(1);
        assertThat(indexedTitle(id)).isEqualTo("汇聚测试问答（修订）");

        // another instance removes the row; this index still finds it until the next pass
        jdbc.sql("delete from search_document where id = ?").param(id).update();
        assertThat(indexedTitle(id)).isNotNull();
        assertThat(convergence.converge().purged()).isEqualTo(1);
        assertThat(indexedTitle(id)).isNull();
    }

    private String indexedTitle(String id) {
        return transaction.execute(status -> {
            List<String> titles = Search.session(entityManager).search(SearchDocument.class)
                    .select(f -> f.field("title", String.class))
                    .where(f -> f.id().matching(id)).fetchAllHits();
            return titles.isEmpty() ? null : titles.get(0);
        });
    }
}
