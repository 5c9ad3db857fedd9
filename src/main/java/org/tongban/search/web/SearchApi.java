package org.tongban.search.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.identity.AccountRole;
import org.tongban.search.HotTerms;
import org.tongban.search.SearchIndex;
import org.tongban.search.Searches;
import org.tongban.search.Synonyms;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;

/** Search, autocomplete, hot terms and related items; the dictionary, hot-term rules and rebuilding for administrators. */
@RestController
@RequestMapping("/api/v1")
class SearchApi {

    private final Searches searches;
    private final SearchIndex index;
    private final Synonyms synonyms;
    private final HotTerms hot;

    SearchApi(Searches searches, SearchIndex index, Synonyms synonyms, HotTerms hot) {
        this.searches = searches;
        this.index = index;
        this.synonyms = synonyms;
        this.hot = hot;
    }

    @GetMapping("/search")
    Searches.Results search(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(required = false) String audience, @RequestParam(required = false) String type,
            @RequestParam(required = false) String department, @RequestParam(required = false) String level,
            @RequestParam(defaultValue = "10") int limit) {
        return searches.search(new Searches.Query(q, region, audience, type, department, level, limit));
    }

    @GetMapping("/suggest")
    Map<String, List<String>> suggest(@RequestParam(required = false) String q,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "8") int limit) {
        return Map.of("suggestions", searches.suggest(q, limit));
    }

    @GetMapping("/search/hot")
    Map<String, List<String>> hot(@RequestParam(required = false) String region,
            @RequestParam(defaultValue = "10") int limit) {
        return Map.of("terms", searches.hot(region, limit));
    }

    @GetMapping("/items/{code}/related")
    Map<String, List<Searches.Hit>> related(@PathVariable String code, @RequestParam(defaultValue = "6") int limit) {
        return Map.of("results", searches.related(code, Math.min(Math.max(limit, 1), 20)));
    }

    /** Re-indexes everything from the database (system administrators). */
    @PostMapping("/search/rebuild")
    SearchIndex.Rebuilt rebuild() {
        if (!Actors.current().has(AccountRole.SYSTEM_ADMIN)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        return index.rebuild();
    }

    @GetMapping(path = "/search/synonyms", produces = MediaType.TEXT_PLAIN_VALUE)
    String synonyms() {
        if (!Actors.current().isStaff()) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        return synonyms.text();
    }

    /** Replaces the synonym dictionary (Solr notation, one rule a line); bad lines are named, nothing changes then. */
    @PutMapping(path = "/search/synonyms", consumes = MediaType.TEXT_PLAIN_VALUE)
    Map<String, Integer> setSynonyms(@RequestBody(required = false) String text) {
        return Map.of("rules", synonyms.replace(text, Actors.current()).size());
    }

    /** A hot-term rule. */
    record HotRule(String term, String region, String action) {
    }

    @PutMapping("/search/hot-rules")
    Map<String, String> hotRule(@RequestBody HotRule rule) {
        hot.rule(rule.term(), rule.region(), rule.action(), Actors.current());
        return Map.of("term", rule.term().strip(), "action", rule.action());
    }
}
