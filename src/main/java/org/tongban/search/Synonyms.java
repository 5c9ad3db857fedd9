package org.tongban.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.catalog.CatalogRole;
import org.tongban.identity.AccountRole;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;

/**
 * The managed synonym and colloquial dictionary (同义词、口语词), in the Solr notation administrators know:
 * {@code 开公司 => 企业开办, 企业设立登记} rewrites what people say into the catalog's words (one way);
 * {@code 社保, 社会保险, 社会保障} are the same thing (every way). It starts from {@code search/synonyms.txt}
 * and is kept in the database; a change applies to the next query, with no re-indexing, because synonyms
 * expand the query rather than the index. Each expansion says which rule made it, so a result can say why it
 * matched.
 */
@Service
public class Synonyms {

    private static final int MAX_RULES = 2_000;
    private static final int MAX_LINE = 400;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private volatile Map<String, List<Expansion>> byTerm;
    private volatile List<String> termsLongestFirst;

    Synonyms(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A word the query holds ({@code term}) and what it stands for ({@code targets}), with its rule. */
    public record Expansion(String term, List<String> targets, String rule) {
    }

    /** A rule: the words it recognises and, for a one-way rule, what they are rewritten to (else null). */
    public record Rule(List<String> terms, List<String> targets) {

        String text() {
            return targets == null ? String.join(", ", terms) : String.join(", ", terms) + " => " + String.join(", ", targets);
        }
    }

    /** The expansions of the words of the query, longest words first, each word once. */
    public List<Expansion> expand(String query) {
        ensureLoaded();
        List<Expansion> found = new ArrayList<>();
        Set<String> covered = new LinkedHashSet<>();
        String rest = query;
        for (String term : termsLongestFirst) {
            if (rest.contains(term) && covered.stream().noneMatch(c -> c.contains(term))) {
                covered.add(term);
                found.addAll(byTerm.get(term));
                rest = rest.replace(term, " ");
            }
        }
        return found;
    }

    @Transactional(readOnly = true)
    public List<Rule> rules() {
        return jdbc.sql("select terms, targets from search_synonym order by id")
                .query((rs, n) -> new Rule(split(rs.getString(1)), rs.getString(2) == null ? null : split(rs.getString(2))))
                .list();
    }

    /** The rules as lines of the Solr notation. */
    public String text() {
        StringBuilder text = new StringBuilder();
        rules().forEach(rule -> text.append(rule.text()).append('\n'));
        return text.toString();
    }

    /**
     * Replaces the dictionary with the rules in {@code text} (one per line, {@code #} comments). Every bad line
     * is reported with its number and nothing changes while there is one.
     */
    @Transactional
    public List<Rule> replace(String text, Actor actor) {
        if (!actor.has(AccountRole.SYSTEM_ADMIN) && !actor.has(CatalogRole.CATALOG_ADMIN)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        List<Rule> rules = new ArrayList<>();
        var check = new InputCheck();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Rule rule = parse(line);
            if (rule == null || line.length() > MAX_LINE) {
                check.add("line" + (i + 1), SearchError.SYNONYM_LINE_INVALID, i + 1);
            } else {
                rules.add(rule);
            }
        }
        check.check(rules.size() <= MAX_RULES, "text", SearchError.SYNONYMS_TOO_MANY, MAX_RULES);
        check.throwIfAny();
        jdbc.sql("delete from search_synonym").update();
        store(rules, actor.username());
        audit.record(actor, "SYNONYMS_REPLACED", "search", "synonyms", "rules=" + rules.size());
        load();
        return rules;
    }

    /** Seeds the dictionary from {@code search/synonyms.txt} when it is empty. */
    @Transactional
    public void seedIfEmpty() {
        long count = jdbc.sql("select count(*) from search_synonym").query(Long.class).single();
        if (count == 0) {
            List<Rule> rules = new ArrayList<>();
            for (String line : seedLines()) {
                Rule rule = parse(line);
                if (rule != null) {
                    rules.add(rule);
                }
            }
            store(rules, "seed");
        }
        load();
    }

    private void store(List<Rule> rules, String by) {
        for (Rule rule : rules) {
            jdbc.sql("insert into search_synonym (terms, targets, updated_by, updated_at) values (?, ?, ?, ?)")
                    .params(String.join(",", rule.terms()), rule.targets() == null ? null : String.join(",", rule.targets()),
                            by, Timestamp.from(clock.instant())).update();
        }
    }

    /** One line in the Solr notation, or null when it is not one. */
    static Rule parse(String line) {
        String[] sides = line.split("=>", -1);
        if (sides.length > 2) {
            return null;
        }
        List<String> terms = split(sides[0]);
        List<String> targets = sides.length == 2 ? split(sides[1]) : null;
        boolean bad = terms.isEmpty() || (targets != null && targets.isEmpty()) || (targets == null && terms.size() < 2);
        for (String t : terms) {
            bad |= !word(t);
        }
        if (targets != null) {
            for (String t : targets) {
                bad |= !word(t);
            }
        }
        return bad ? null : new Rule(terms, targets);
    }

    private static boolean word(String term) {
        return term.length() <= 40 && term.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || c == '<' || c == '>' || c == '=');
    }

    private static List<String> split(String side) {
        List<String> terms = new ArrayList<>();
        for (String t : side.split("[,，]")) {
            if (!t.strip().isEmpty()) {
                terms.add(t.strip());
            }
        }
        return terms;
    }

    private void ensureLoaded() {
        if (byTerm == null) {
            load();
        }
    }

    private synchronized void load() {
        Map<String, List<Expansion>> map = new LinkedHashMap<>();
        for (Rule rule : rules()) {
            String text = rule.text();
            if (rule.targets() != null) {
                for (String term : rule.terms()) {
                    map.computeIfAbsent(term, t -> new ArrayList<>()).add(new Expansion(term,
                            rule.targets().stream().filter(t -> !t.equals(term)).toList(), text));
                }
            } else {
                for (String term : rule.terms()) {
                    map.computeIfAbsent(term, t -> new ArrayList<>()).add(new Expansion(term,
                            rule.terms().stream().filter(t -> !t.equals(term)).toList(), text));
                }
            }
        }
        List<String> terms = new ArrayList<>(map.keySet());
        terms.sort(Comparator.comparingInt(String::length).reversed());
        byTerm = map;
        termsLongestFirst = terms;
    }

    private static List<String> seedLines() {
        List<String> lines = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource("search/synonyms.txt")
                .getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search/synonyms.txt cannot be read", e);
        }
        return lines;
    }
}
