package org.tongban.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;
import org.tongban.casework.CaseQueries;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemCode;
import org.tongban.catalog.ItemDetail;
import org.tongban.shared.BoundedCache;
import org.tongban.shared.BusinessException;
import org.tongban.shared.RegionCode;

/**
 * 智能搜索: finds what people mean. A query is understood several ways at once — the words as typed, the
 * managed dictionary's rewrites ({@code 开公司} → {@code 企业开办}), its pinyin (so 同音字 typos still match),
 * and, when typed in Latin letters, full pinyin ({@code gongjijin}) or initials ({@code gjj}) — and matched
 * with titles weighing most, then keywords, then the text. The lexical score is blended with the semantic
 * similarity of the query to each title (bge-small-zh), which finds whole questions phrased in other words.
 * High-frequency items, the searcher's region and audience rank higher. Listings of one item in several
 * regions come back as one result: the searcher's region's listing, or, when the region is unknown, a result
 * that asks for it (行政区划引导). Each result says why it matched.
 */
@Service
public class Searches {

    public static final int MAX_QUERY = 50;
    private static final int CANDIDATES = 30;
    /**
     * How many nearest neighbours the semantic query takes. Reading a candidate's stored fields is most of a
     * search's cost (the benchmark's profile), so the semantic query brings few: the best of them are the
     * only ones that can change the ranking.
     */
    private static final int NEIGHBOURS = 12;
    /** The pinyin of titles and alternates, for saying why a result matched. */
    private static final BoundedCache<String, String> PINYIN = new BoundedCache<>(30_000);
    /** What a well-matching item gains over a knowledge entry of the same score. */
    private static final double ITEM_PRIOR = 0.15;
    private static final List<String> QUESTION_WORDS = List.of("怎么办理", "如何办理", "怎么办", "怎么样", "怎么", "怎样",
            "如何", "在哪里", "在哪儿", "在哪", "哪里", "去哪", "什么", "需要", "我想", "我要", "想要", "请问", "可以",
            "能不能", "能否", "吗", "呢", "啊", "要带", "带什么", "手续", "流程", "的", "了", "一下");

    private final EntityManagerFactory entityManagers;
    private final Synonyms synonyms;
    private final Embeddings embeddings;
    private final Catalog catalog;
    private final HotTerms hot;
    private final Suggestions suggestions;
    private final double semanticWeight;
    private final CaseQueries cases;

    Searches(EntityManagerFactory entityManagers, Synonyms synonyms, Embeddings embeddings, Catalog catalog,
            HotTerms hot, Suggestions suggestions, SearchProperties properties, CaseQueries cases) {
        this.cases = cases;
        this.entityManagers = entityManagers;
        this.synonyms = synonyms;
        this.embeddings = embeddings;
        this.catalog = catalog;
        this.hot = hot;
        this.suggestions = suggestions;
        this.semanticWeight = properties.semanticWeight();
    }

    /** A search: the text as typed and its filters; null filters mean any. */
    public record Query(String text, String region, String audience, String type, String department, String level,
            int limit) {
    }

    /** Another region's listing of the same item, for a person to pick. */
    public record RegionChoice(String code, String name, String url) {
    }

    /**
     * One result. {@code highlight}: the title as safe HTML with the matched words in {@code <em>};
     * {@code matchedBy}: why it matched ({@code title}, {@code keyword}, {@code synonym}, {@code pinyin},
     * {@code initials}, {@code text}, {@code semantic}); {@code regions}: when the searcher's region is not
     * known and the item differs by region, the regions to choose from.
     */
    public record Hit(String type, String id, String title, String url, String snippet, String highlight,
            List<String> matchedBy, String regionCode, String regionName, String departmentName, String basicCode,
            String themes, double score, List<RegionChoice> regions) {
    }

    /**
     * The results. {@code understood}: the query as searched; {@code expansions}: the dictionary rewrites
     * used; {@code notice}: a message key when the query was shortened; {@code alternatives}: what to try
     * when nothing was found.
     */
    public record Results(String query, String understood, List<Hit> results, List<String> expansions,
            boolean regionNeeded, String notice, List<String> alternatives) {
    }

    /** How the query was read: its core words, the rewrites, and its pinyin readings. */
    private record Understood(String cleaned, String core, List<Synonyms.Expansion> expansions, String syllables,
            String initials, String queryPinyin) {

        List<String> targets() {
            Set<String> targets = new LinkedHashSet<>();
            expansions.forEach(e -> targets.addAll(e.targets()));
            return List.copyOf(targets);
        }
    }

    /** What a candidate brought back from the index. */
    private record Found(String id, String type, String code, String basicCode, String title, String alternates,
            String body, String regionCode, String regionName, String departmentName, String themes, String url,
            double lexical, double semantic) {
    }

    public Results search(Query query) {
        String cleaned = clean(query.text());
        if (cleaned.isEmpty()) {
            throw BusinessException.onField("q", SearchError.QUERY_EMPTY);
        }
        String notice = null;
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_QUERY) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_QUERY));
            notice = "search.notice.shortened";
        }
        String type = filter(query.type(), "type", List.of("item", "bundle", "faq", "policy"));
        String audience = filter(query.audience(), "audience", List.of("person", "enterprise"));
        String level = filter(query.level(), "level", List.of("province", "city", "county", "township", "village"));
        int limit = query.limit() <= 0 ? 10 : Math.min(query.limit(), 50);
        String region = query.region() == null || !query.region().strip().matches("\\d{2,12}") ? null : query.region().strip();
        List<String> chain = region == null ? List.of() : chainOf(region);
        Understood understood = understand(cleaned);

        Map<String, Found> found = new LinkedHashMap<>();
        try (EntityManager em = entityManagers.createEntityManager()) {
            SearchSession session = Search.session(em);
            lexical(session, understood, chain, type, audience, query.department(), level, found);
            // Pinyin and initials mean nothing to the sentence model: those are matched lexically only.
            float[] vector = understood.syllables() != null || understood.initials() != null ? null : embeddings.query(cleaned);
            if (vector != null) {
                semantic(session, vector, type, audience, query.department(), level, found);
            }
        }
        List<Hit> hits = rank(found, understood, chain, limit);
        boolean regionNeeded = region == null && hits.stream().anyMatch(h -> !h.regions().isEmpty());
        List<String> alternatives = hits.isEmpty() ? alternatives(cleaned, chain) : List.of();
        // Found by its own words (a name, a keyword, a dictionary rewrite, pinyin typed as such): worth
        // suggesting to others. A typo read through pinyin or an answer found only by likeness is not.
        boolean suggestible = !hits.isEmpty() && hits.get(0).score() >= 0.45 && hits.get(0).matchedBy().stream()
                .anyMatch(m -> m.equals("title") || m.equals("keyword") || m.equals("synonym")
                        || m.equals("pinyin") && understood.syllables() != null || m.equals("initials"));
        hot.log(cleaned, region, hits.size(), suggestible && cleaned.length() <= 12);
        List<String> rules = understood.expansions().stream().map(e -> e.term() + " → " + String.join("、", e.targets()))
                .distinct().toList();
        return new Results(query.text() == null ? "" : query.text(), cleaned, hits, rules, regionNeeded, notice, alternatives);
    }

    /** 智能联想: completions of what was typed (Chinese, full pinyin or initials). */
    public List<String> suggest(String typed, int limit) {
        String cleaned = clean(typed);
        return cleaned.isEmpty() ? List.of() : suggestions.complete(cleaned, Math.min(Math.max(limit, 1), 10));
    }

    /** The region and those above it; text that cannot be a region code has none, like an unknown code. */
    private List<String> chainOf(String region) {
        return RegionCode.parse(region).map(catalog::regionChain).orElse(List.of("-"));
    }

    /** 热词推荐 of a region ('' or null: the whole province). */
    public List<String> hot(String region, int limit) {
        String r = region == null || !region.strip().matches("\\d{2,12}") ? null : region.strip();
        return hot.hot(r == null ? List.of() : chainOf(r), Math.min(Math.max(limit, 1), 20));
    }

    /**
     * 内容关联推荐: the items this item's applicants also applied for, then other items of the same life event
     * or the same department, in the same region first.
     */
    public List<Hit> related(String listingCode, int limit) {
        var item = catalog.published(listingCode).orElse(null);
        if (item == null) {
            return List.of();
        }
        List<Hit> together = new ArrayList<>();
        for (String code : cases.alsoAppliedFor(listingCode, limit)) {
            catalog.published(code).ifPresent(other -> together.add(new Hit("item", other.code(), other.name(),
                    "/guide/" + other.code(), other.department().name() + " · " + other.region().name(),
                    HtmlUtils.htmlEscape(other.name()), List.of("together"), other.region().code(), other.region().name(),
                    other.department().name(), other.basicCode(), null, 1, List.of())));
        }
        List<String> themes = new ArrayList<>(item.personThemes());
        themes.addAll(item.enterpriseThemes());
        Map<String, Found> found = new LinkedHashMap<>();
        List<String> chain = catalog.regionChain(RegionCode.of(item.region().code()));
        try (EntityManager em = entityManagers.createEntityManager()) {
            SearchSession session = Search.session(em);
            var result = session.search(SearchDocument.class)
                    .select(f -> f.composite().from(columns(f)).asList())
                    .where(f -> f.bool().with(b -> {
                        b.filter(f.match().field("type").matching("ITEM"));
                        b.mustNot(f.id().matching("item:" + listingCode));
                        b.mustNot(f.match().field("basicCode").matching(item.basicCode()));
                        b.must(f.bool().with(o -> {
                            if (!themes.isEmpty()) {
                                o.should(f.match().field("themes").matching(String.join(" ", themes)).boost(3));
                            }
                            o.should(f.match().field("departmentName").matching(item.department().name()).boost(2));
                        }));
                        b.should(f.terms().field("regionCode").matchingAny(chain).boost(4));
                        b.should(f.match().field("highFrequency").matching(true));
                    }))
                    .fetchHits(limit * 3);
            for (List<?> row : result) {
                Found candidate = found(row, ((Number) row.get(12)).doubleValue(), 0);
                found.putIfAbsent(candidate.basicCode() + "|" + candidate.title(), candidate);
            }
        }
        List<Hit> hits = new ArrayList<>(lifeEvents(item, limit));
        together.stream().limit(Math.max(0, limit - hits.size())).forEach(hits::add);
        Set<String> shown = new LinkedHashSet<>();
        together.forEach(h -> shown.add(h.basicCode() + "|" + h.title()));
        for (Found f : found.values()) {
            if (hits.size() >= limit) {
                break;
            }
            if (!shown.add(f.basicCode() + "|" + f.title())) {
                continue;
            }
            hits.add(hit(f, List.of(themes.isEmpty() ? "department" : "theme"), f.lexical(), List.of(), null));
            if (hits.size() >= limit) {
                break;
            }
        }
        return hits;
    }

    /** The life events (bundles) the item is part of: their text names it, as the catalog's basic entry names it. */
    private List<Hit> lifeEvents(ItemDetail item, int limit) {
        String name = catalog.basicEntryName(ItemCode.of(item.basicCode())).orElse(item.name());
        try (EntityManager em = entityManagers.createEntityManager()) {
            return Search.session(em).search(SearchDocument.class)
                    .select(f -> f.composite().from(columns(f)).asList())
                    .where(f -> f.bool().with(b -> {
                        b.filter(f.match().field("type").matching("BUNDLE"));
                        b.must(f.phrase().field("body").matching(name));
                    }))
                    .fetchHits(Math.min(limit, 3)).stream()
                    .map(row -> hit(found(row, ((Number) row.get(12)).doubleValue(), 0), List.of("lifeEvent"), 1,
                            List.of(), null))
                    .toList();
        }
    }

    // ---------------------------------------------------------------------------------------------------

    /** The query without control characters, emoji and other symbols; blanks folded; NFKC (全角 → 半角). */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String normal = Normalizer.normalize(text.length() > 2_000 ? text.substring(0, 2_000) : text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        normal.codePoints().forEach(c -> {
            int t = Character.getType(c);
            if (Character.isISOControl(c) || t == Character.OTHER_SYMBOL || t == Character.SURROGATE
                    || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.FORMAT) {
                out.append(' ');
            } else if (c == '<' || c == '>' || c == '"' || c == '\'' || c == '`' || c == ';' || c == '\\') {
                out.append(' ');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String filter(String value, String field, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw BusinessException.onField(field, SearchError.FILTER_INVALID, String.join(" / ", allowed));
        }
        return v;
    }

    private Understood understand(String cleaned) {
        String core = cleaned;
        for (String word : QUESTION_WORDS) {
            String stripped = core.replace(word, " ").strip();
            if (!stripped.isEmpty()) {
                core = stripped;
            }
        }
        core = core.replaceAll("[?？!！,，。.、:：]+", " ").replaceAll("\\s+", " ").strip();
        if (core.isEmpty()) {
            core = cleaned;
        }
        List<Synonyms.Expansion> expansions = new ArrayList<>(synonyms.expand(cleaned));
        for (Synonyms.Expansion e : synonyms.expand(core)) {
            if (expansions.stream().noneMatch(known -> known.term().equals(e.term()))) {
                expansions.add(e);
            }
        }
        String letters = core.replace(" ", "");
        String syllables = null;
        String initials = null;
        String queryPinyin = null;
        if (Pinyin.isLatin(letters)) {
            List<String> split = Pinyin.split(letters);
            if (split != null && split.size() >= 2) {
                syllables = String.join(" ", split);
            }
            if (letters.length() >= 2 && letters.length() <= 10) {
                initials = String.join(" ", letters.toLowerCase(Locale.ROOT).split(""));
            }
        } else if (core.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            queryPinyin = Pinyin.spaced(core);
        }
        return new Understood(cleaned, core, expansions, syllables, initials, queryPinyin);
    }

    /** What every query brings back, in the order {@link #found} reads it: stored fields, then the score. */
    private static SearchProjection<?>[] columns(SearchProjectionFactory<?, ?> f) {
        List<SearchProjection<?>> columns = new ArrayList<>();
        columns.add(f.id(String.class).toProjection());
        for (String field : List.of("type", "code", "basicCode", "title", "alternates", "snippet", "regionCode",
                "regionName", "departmentName", "themes", "url")) {
            columns.add(f.field(field, String.class).toProjection());
        }
        columns.add(f.score().toProjection());
        return columns.toArray(SearchProjection<?>[]::new);
    }

    private void lexical(SearchSession session, Understood u, List<String> chain, String type, String audience,
            String department, String level, Map<String, Found> found) {
        var hits = session.search(SearchDocument.class)
                .select(f -> f.composite().from(columns(f)).asList())
                .where(f -> f.bool().with(b -> {
                    b.must(matches(f, u));
                    filters(f, b::filter, type, audience, department, level);
                    if (!chain.isEmpty()) {
                        b.should(f.terms().field("regionCode").matchingAny(chain).boost(2.5f));
                        b.should(f.match().field("regionCode").matching(chain.get(chain.size() - 1)).boost(1.5f));
                    }
                    if (audience != null) {
                        b.should(f.match().field("audiences").matching(audience.toUpperCase(Locale.ROOT)).boost(1.5f));
                    }
                    b.should(f.match().field("highFrequency").matching(true).boost(1.5f));
                }))
                .fetchHits(CANDIDATES);
        for (List<?> row : hits) {
            Found candidate = found(row, ((Number) row.get(12)).doubleValue(), 0);
            found.put(candidate.id(), candidate);
        }
    }

    private static Found found(List<?> row, double lexical, double semantic) {
        return new Found((String) row.get(0), (String) row.get(1), (String) row.get(2), (String) row.get(3),
                (String) row.get(4), (String) row.get(5), (String) row.get(6), (String) row.get(7), (String) row.get(8),
                (String) row.get(9), (String) row.get(10), (String) row.get(11), lexical, semantic);
    }

    /** The ways the query matches: words, rewrites and pinyin, any of them. */
    private static SearchPredicate matches(SearchPredicateFactory f, Understood u) {
        return f.bool().with(m -> {
            String core = u.core();
            if (u.syllables() == null && u.initials() == null) {
                // A short query must match whole: its words may be single characters (a typo splits a word
                // into them), which would otherwise match anything.
                boolean shortQuery = core.replace(" ", "").codePointCount(0, core.replace(" ", "").length()) <= 4;
                m.should(f.phrase().field("title").matching(core).boost(8));
                m.should(f.match().field("title").matching(core).minimumShouldMatchPercent(shortQuery ? 100 : 60).boost(5));
                m.should(f.match().field("alternates").matching(core).minimumShouldMatchPercent(shortQuery ? 100 : 60).boost(3));
                if (!shortQuery) {
                    // The text helps whole questions; a short query is a name, which titles and keywords answer.
                    m.should(f.match().field("body").matching(core).minimumShouldMatchPercent(75).boost(0.5f));
                }
            }
            for (String target : u.targets()) {
                m.should(f.phrase().field("title").matching(target).boost(8));
                m.should(f.phrase().field("alternates").matching(target).boost(4));
            }
            if (u.queryPinyin() != null && !u.queryPinyin().isBlank()) {
                m.should(f.phrase().field("titlePinyin").matching(u.queryPinyin()).boost(3));
                int syllables = u.queryPinyin().split(" ").length;
                m.should(f.match().field("titlePinyin").matching(u.queryPinyin())
                        .minimumShouldMatchPercent(syllables <= 4 ? 100 : 80).boost(1.5f));
                m.should(f.phrase().field("titleFuzzy").matching(Pinyin.fuzzy(u.queryPinyin())).boost(1.5f));
            }
            if (u.syllables() != null) {
                m.should(f.phrase().field("titlePinyin").matching(u.syllables()).boost(6));
            }
            if (u.initials() != null) {
                m.should(f.phrase().field("titleInitials").matching(u.initials()).boost(4));
            }
            if (u.syllables() != null || u.initials() != null) {
                m.should(f.match().fields("title", "alternates").matching(core).boost(2));
            }
        }).toPredicate();
    }

    private static void filters(SearchPredicateFactory f, Consumer<SearchPredicate> filter,
            String type, String audience, String department, String level) {
        if (type != null) {
            filter.accept(f.match().field("type").matching(type.toUpperCase(Locale.ROOT)).toPredicate());
        }
        if (audience != null) {
            // Knowledge entries serve everyone; items only their audiences.
            filter.accept(f.bool().with(o -> {
                o.should(f.match().field("audiences").matching(audience.toUpperCase(Locale.ROOT)));
                o.should(f.match().field("type").matching("FAQ"));
            }).toPredicate());
        }
        if (department != null && !department.isBlank()) {
            filter.accept(f.match().field("departmentCode").matching(department.strip()).toPredicate());
        }
        if (level != null) {
            filter.accept(f.match().field("regionLevel").matching(level.toUpperCase(Locale.ROOT)).toPredicate());
        }
    }

    private void semantic(SearchSession session, float[] vector, String type, String audience, String department,
            String level, Map<String, Found> found) {
        var hits = session.search(SearchDocument.class)
                .select(f -> f.composite().from(columns(f)).asList())
                .where(f -> {
                    var knn = f.knn(NEIGHBOURS).field("vector").matching(vector);
                    List<SearchPredicate> filters = new ArrayList<>();
                    filters(f, filters::add, type, audience, department, level);
                    if (!filters.isEmpty()) {
                        knn.filter(f.bool().with(b -> filters.forEach(b::must)));
                    }
                    return knn;
                })
                .fetchHits(NEIGHBOURS);
        for (List<?> row : hits) {
            // The score of a cosine kNN is (1 + cos) / 2.
            double cosine = 2 * ((Number) row.get(12)).doubleValue() - 1;
            String id = (String) row.get(0);
            Found known = found.get(id);
            found.put(id, known == null ? found(row, 0, cosine) : new Found(known.id(), known.type(), known.code(),
                    known.basicCode(), known.title(), known.alternates(), known.body(), known.regionCode(),
                    known.regionName(), known.departmentName(), known.themes(), known.url(), known.lexical(), cosine));
        }
    }

    /** Semantic similarity as a share of a good match: bge's cosine of 0.55 counts nothing, 0.9 and above all. */
    private static double semanticShare(double cosine) {
        return Math.max(0, Math.min(1, (cosine - 0.55) / 0.35));
    }

    private List<Hit> rank(Map<String, Found> found, Understood u, List<String> chain, int limit) {
        double maxLexical = found.values().stream().mapToDouble(Found::lexical).max().orElse(0);
        record Scored(Found f, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Found f : found.values()) {
            double lexical = maxLexical <= 0 ? 0 : f.lexical() / maxLexical;
            double semantic = semanticShare(f.semantic());
            if (f.lexical() <= 0 && semantic < 0.5) {
                continue;
            }
            double w = embeddings.ready() ? semanticWeight : 0;
            double score = (1 - w) * lexical + w * semantic;
            if (!chain.isEmpty() && chain.contains(f.regionCode())) {
                score += 0.05;
            }
            // A service (an item, or a life event's bundle) that matches by its name or words comes before
            // answers about it (搜得到 the item first); a bundle found only through its members' names does not.
            if (("ITEM".equals(f.type()) || "BUNDLE".equals(f.type())) && lexical >= 0.5) {
                score += ITEM_PRIOR;
            }
            scored.add(new Scored(f, score));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        // One result per item (basic code and name), in the searcher's region where there is one.
        Map<String, List<Scored>> groups = new LinkedHashMap<>();
        for (Scored s : scored) {
            // Items by basic code and name (one per region); answers by their question (the same question of
            // several regions is one result); bundles by their name.
            String key = ("ITEM".equals(s.f().type()) ? "item:" + s.f().basicCode() + "|" : s.f().type() + ":")
                    + s.f().title();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        List<Hit> hits = new ArrayList<>();
        for (List<Scored> group : groups.values()) {
            Scored best = group.get(0);
            List<RegionChoice> regions = List.of();
            if (!chain.isEmpty()) {
                Scored local = group.stream().filter(s -> chain.contains(s.f().regionCode()))
                        .max(Comparator.comparingInt((Scored s) -> s.f().regionCode().length())).orElse(null);
                if (local == null) {
                    if (!"ITEM".equals(best.f().type())) {
                        continue;
                    }
                } else {
                    best = local;
                }
            } else if (group.size() > 1) {
                regions = group.stream().map(s -> new RegionChoice(s.f().regionCode(), s.f().regionName(), s.f().url()))
                        .distinct().limit(30).toList();
                Scored province = group.stream().filter(s -> isProvince(s.f().regionCode())).findFirst().orElse(null);
                if (province != null) {
                    best = province;
                }
            }
            hits.add(hit(best.f(), matchedBy(best.f(), u), group.get(0).score(), regions, u));
            if (hits.size() >= limit) {
                break;
            }
        }
        return hits;
    }

    /** A province's code (GB/T 2260: two digits and 0000). */
    public static boolean isProvince(String regionCode) {
        return regionCode != null && regionCode.length() == 6 && regionCode.endsWith("0000");
    }

    private static List<String> matchedBy(Found f, Understood u) {
        List<String> why = new ArrayList<>();
        String title = f.title() == null ? "" : f.title();
        String alternates = f.alternates() == null ? "" : f.alternates();
        if (u.syllables() == null && u.initials() == null && title.contains(u.core())) {
            why.add("title");
        } else if (u.syllables() == null && u.initials() == null && alternates.contains(u.core())) {
            why.add("keyword");
        }
        for (String target : u.targets()) {
            if (title.contains(target) || alternates.contains(target)) {
                why.add("synonym");
                break;
            }
        }
        String titlePinyin = PINYIN.get(title + "\u0000" + alternates, k -> Pinyin.spaced(title) + " " + Pinyin.spaced(alternates));
        if (u.syllables() != null && titlePinyin.contains(u.syllables())) {
            why.add("pinyin");
        } else if (u.initials() != null && why.isEmpty()) {
            why.add("initials");
        } else if (why.isEmpty() && u.queryPinyin() != null && (titlePinyin.contains(u.queryPinyin())
                || Pinyin.fuzzy(titlePinyin).contains(Pinyin.fuzzy(u.queryPinyin())))) {
            why.add("pinyin");
        }
        if (why.isEmpty() && f.lexical() > 0) {
            why.add("text");
        }
        if (f.semantic() > 0 && semanticShare(f.semantic()) >= 0.5 && (why.isEmpty() || f.lexical() <= 0)) {
            why.add("semantic");
        }
        return why;
    }

    private static Hit hit(Found f, List<String> matchedBy, double score, List<RegionChoice> regions, Understood u) {
        String body = f.body() == null ? "" : f.body();
        String snippet = "ITEM".equals(f.type())
                ? f.departmentName() + " · " + f.regionName() + (body.isEmpty() ? "" : "：" + cut(body, 60))
                : body;
        return new Hit(f.type().toLowerCase(Locale.ROOT), f.code(), f.title(), f.url(), snippet,
                highlight(f.title(), u), matchedBy, f.regionCode(), f.regionName(), f.departmentName(), f.basicCode(),
                f.themes(), Math.round(score * 1000) / 1000.0, regions);
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…";
    }

    /** The title as safe HTML, the words that matched in {@code <em>}. */
    private static String highlight(String title, Understood u) {
        String escaped = HtmlUtils.htmlEscape(title == null ? "" : title);
        if (u == null) {
            return escaped;
        }
        List<String> words = new ArrayList<>(u.targets());
        if (u.syllables() == null && u.initials() == null) {
            words.add(u.core());
            words.addAll(List.of(u.core().split(" ")));
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        for (String word : words) {
            String w = HtmlUtils.htmlEscape(word);
            if (w.length() >= 2 && escaped.contains(w) && !escaped.contains("<em>")) {
                return escaped.replace(w, "<em>" + w + "</em>");
            }
        }
        return escaped;
    }

    private List<String> alternatives(String cleaned, List<String> chain) {
        Set<String> out = new LinkedHashSet<>();
        if (cleaned.length() >= 2) {
            out.addAll(suggestions.complete(cleaned.substring(0, 2), 5));
        }
        out.addAll(hot.hot(chain, 8));
        return out.stream().limit(8).toList();
    }
}
