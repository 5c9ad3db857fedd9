package org.tongban.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The differences between two versions of a listing, as changed, added and removed fields with their paths. */
public final class VersionDiff {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VersionDiff() {
    }

    /** One changed field: its path (e.g. {@code materials[1].copies}) and its value before and after. */
    public record Change(String path, String before, String after) {
    }

    static List<Change> between(ListingContent from, ListingContent to) {
        Map<String, String> before = new TreeMap<>();
        Map<String, String> after = new TreeMap<>();
        flatten("", JSON.valueToTree(from), before);
        flatten("", JSON.valueToTree(to), after);
        List<Change> changes = new ArrayList<>();
        for (String path : new TreeSet<>(union(before, after))) {
            String a = before.get(path);
            String b = after.get(path);
            if (!Objects.equals(a, b)) {
                changes.add(new Change(path, a, b));
            }
        }
        return changes;
    }

    private static Set<String> union(Map<String, String> a, Map<String, String> b) {
        var keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (var entry : node.properties()) {
                flatten(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), entry.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else if (!node.isNull()) {
            out.put(path, node.asString());
        }
    }
}
