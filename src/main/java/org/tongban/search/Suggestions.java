package org.tongban.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 智能联想: completions as a person types, from the titles and keywords of everything searchable. Chinese
 * input completes by prefix and then by containment; Latin input by full pinyin ({@code gongj} → 住房公积金…)
 * and by initials ({@code gjj}). High-frequency items come first. The list lives in memory (tens of thousands
 * of short entries) and is read again after the index changes.
 */
@Component
class Suggestions {

    private static final long STALE_AFTER_NANOS = 10_000_000_000L;

    private final JdbcClient jdbc;
    private final AtomicBoolean dirty = new AtomicBoolean(true);
    private volatile List<Entry> entries = List.of();
    private volatile long loadedAt;

    Suggestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A completion: the text, its pinyin (joined), its initials, and its weight. */
    record Entry(String text, String pinyin, String initials, int weight) {
    }

    void changed() {
        dirty.set(true);
    }

    /** At most {@code limit} completions of what was typed. */
    List<String> complete(String typed, int limit) {
        refreshIfStale();
        String q = typed.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        boolean latin = Pinyin.isLatin(q);
        List<Entry> prefix = new ArrayList<>();
        List<Entry> inside = new ArrayList<>();
        for (Entry e : entries) {
            if (latin) {
                if (e.pinyin().startsWith(q) || e.initials().startsWith(q)) {
                    prefix.add(e);
                } else if (q.length() >= 3 && e.pinyin().contains(q)) {
                    inside.add(e);
                }
            } else if (e.text().startsWith(q)) {
                prefix.add(e);
            } else if (e.text().contains(q)) {
                inside.add(e);
            }
        }
        Comparator<Entry> order = Comparator.comparingInt(Entry::weight).reversed().thenComparingInt(e -> e.text().length());
        prefix.sort(order);
        inside.sort(order);
        Set<String> out = new LinkedHashSet<>();
        for (Entry e : prefix) {
            out.add(e.text());
            if (out.size() >= limit) {
                return List.copyOf(out);
            }
        }
        for (Entry e : inside) {
            out.add(e.text());
            if (out.size() >= limit) {
                break;
            }
        }
        return List.copyOf(out);
    }

    /** Reads the entries again after the index changed: at once when there are none, else at most every 10 s. */
    private void refreshIfStale() {
        boolean due = entries.isEmpty() || System.nanoTime() - loadedAt > STALE_AFTER_NANOS;
        if (dirty.get() && due) {
            synchronized (this) {
                if (dirty.getAndSet(false)) {
                    entries = load();
                    loadedAt = System.nanoTime();
                }
            }
        }
    }

    private List<Entry> load() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        jdbc.sql("select title, alternates, high_frequency, type from search_document").query(rs -> {
            int weight = (rs.getBoolean(3) ? 10 : 1) + ("ITEM".equals(rs.getString(4)) ? 2 : 0);
            weights.merge(rs.getString(1), weight, Math::max);
            String alternates = rs.getString(2);
            if (alternates != null && "ITEM".equals(rs.getString(4))) {
                for (String word : alternates.split(" ")) {
                    if (word.length() >= 2 && word.length() <= 12) {
                        weights.merge(word, weight, Math::max);
                    }
                }
            }
        });
        List<Entry> loaded = new ArrayList<>(weights.size());
        weights.forEach((text, weight) -> loaded.add(new Entry(text, Pinyin.joined(text), Pinyin.initialsJoined(text), weight)));
        return List.copyOf(loaded);
    }
}
