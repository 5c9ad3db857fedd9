/**
 * 智能搜索: one index over published listings and knowledge entries (Hibernate Search on an embedded Lucene),
 * kept in sync on every publication and rebuilt from the database on demand. Queries are understood as people
 * type them: Chinese words (smartcn), the managed synonym and colloquial dictionary, full pinyin, initials and
 * 同音字 typos (through their pinyin), blended with semantic similarity from an in-process sentence-embedding
 * model. Results are grouped, highlighted, say why they matched and show the searcher's region's listing.
 * Autocomplete (智能联想), hot terms from the query log with time decay (热词推荐) and related items.
 */
@org.springframework.modulith.ApplicationModule(displayName = "智能搜索",
        allowedDependencies = {"casework", "catalog", "identity", "region", "shared"})
package org.tongban.search;
