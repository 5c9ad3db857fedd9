package org.tongban.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 共享字段字典: the fields every application form is made of, read from {@code forms/field-dictionary.json}.
 * A field means the same thing in every form: the same name, the same type and constraints (which a listing
 * may only narrow), the same label ({@code form.field.<name>}) and the same place auto-fill takes it from.
 */
@Component
public class FieldDictionary {

    private static final String LOCATION = "forms/field-dictionary.json";
    private static final List<String> WIDGETS = List.of("text", "textarea", "tel", "email", "number", "integer",
            "date", "select", "checkbox");
    private static final List<String> CHECKS = List.of("idNumber", "creditCode", "notAfterToday");

    private final Map<String, Field> fields;

    FieldDictionary(JsonMapper json) {
        this.fields = Collections.unmodifiableMap(read(json));
    }

    /**
     * A dictionary field. {@code source} is where auto-fill takes it from ({@code person.name},
     * {@code person.number}, {@code enterprise.name}, {@code enterprise.number}: the verified identity, not
     * editable; {@code account.name}, {@code account.mobile}: a suggestion); {@code remember} offers the
     * applicant's last answer again (一人一档); {@code check} names a check beyond the schema (GB 11643 or
     * GB 32100 check digits; a date not after today).
     */
    public record Field(String name, String widget, JsonNode schema, String source, boolean remember, String check) {

        /** The JSON type every form keeps for this field. */
        public String type() {
            return schema.path("type").asString("string");
        }

        /** Filled from the verified identity and not typed in (the applicant cannot change it). */
        public boolean fromIdentity() {
            return source != null && (source.startsWith("person.") || source.startsWith("enterprise."));
        }

        /** The choices of a select field, in order. */
        public List<String> options() {
            List<String> options = new ArrayList<>();
            schema.path("enum").forEach(option -> options.add(option.asString()));
            return options;
        }
    }

    public Optional<Field> field(String name) {
        return Optional.ofNullable(name == null ? null : fields.get(name));
    }

    public Map<String, Field> fields() {
        return fields;
    }

    private static Map<String, Field> read(JsonMapper json) {
        JsonNode root;
        try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
            root = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The field dictionary " + LOCATION + " cannot be read", e);
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        root.path("fields").properties().forEach(entry -> {
            JsonNode node = entry.getValue();
            String widget = node.path("widget").asString("text");
            String check = node.path("check").asString(null);
            if (!WIDGETS.contains(widget) || (check != null && !CHECKS.contains(check)) || !node.path("schema").isObject()) {
                throw new IllegalStateException("Field " + entry.getKey() + " of " + LOCATION + " is malformed");
            }
            fields.put(entry.getKey(), new Field(entry.getKey(), widget, node.get("schema"),
                    node.path("source").asString(null), node.path("remember").asBoolean(false), check));
        });
        return fields;
    }
}
