package org.tongban.search;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SearchDocuments extends JpaRepository<SearchDocument, String> {

    @Query("select d.id from SearchDocument d where d.type = :type")
    List<String> idsOfType(String type);

    @Query("select d from SearchDocument d where d.embedding is null order by d.id")
    List<SearchDocument> withoutEmbedding(Pageable page);

    long countByType(String type);

    @Query("select d.id from SearchDocument d")
    List<String> allIds();

    @Query("select d.id from SearchDocument d where d.updatedAt >= :since")
    List<String> idsUpdatedSince(Instant since);
}
