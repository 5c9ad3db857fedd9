package org.tongban.application;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.application.FieldDictionary.Field;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.CatalogRole;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.AccountRole;
import org.tongban.identity.Applicants.Applicant;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BoundedCache;
import org.tongban.shared.BusinessException;
import org.tongban.shared.BusinessException.FieldViolation;
import org.tongban.shared.CommonError;
import org.tongban.shared.CreditCode;
import org.tongban.shared.IdNumber;
import org.tongban.shared.InputCheck;
import org.tongban.shared.RegionCode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * 申请表单: each listing's form, a JSON Schema (draft 2020-12) over fields of the {@link FieldDictionary}.
 * A listing's own form (set by a catalog administrator) comes first, then the form of its basic catalog
 * entry ({@code forms/basic-forms.json}), then the default form. A form lists dictionary fields in the order
 * shown; for each it may change the title and narrow the dictionary's constraints, never the type, and it may
 * require fields, also conditionally ({@code if}/{@code then}, {@code dependentRequired}). The schema that
 * checks an application is the dictionary's schema and the form's, both, with no other field allowed.
 * Definitions cannot reference anything ({@code $ref} and the like are refused), so checking a form never
 * reads a file or the network.
 */
@Service
public class ListingForms {

    public static final int MAX_FIELDS = 60;
    private static final int MAX_DEFINITION_CHARS = 65_536;
    private static final int MAX_TITLE = 60;
    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final Set<String> TOP_LEVEL = Set.of("$schema", "$comment", "type", "title", "description",
            "properties", "required", "dependentRequired", "if", "then", "else", "allOf", "anyOf", "oneOf", "not");
    private static final Set<String> FORBIDDEN = Set.of("$ref", "$dynamicRef", "$recursiveRef", "$id", "$anchor",
            "$dynamicAnchor", "$recursiveAnchor", "$defs", "definitions", "$vocabulary");
    private static final Set<String> IDENTITY_KINDS = Set.of("person", "enterprise");

    private final FieldDictionary dictionary;
    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final MessageSource texts;
    private final JsonMapper json;
    private final SchemaRegistry registry;
    private final Schema metaSchema;
    private final JsonNode defaultForm;
    private final Map<String, JsonNode> basicForms;
    private final BoundedCache<String, Form> compiled = new BoundedCache<>(20_000);

    ListingForms(FieldDictionary dictionary, Catalog catalog, JdbcClient jdbc, AuditTrail audit, Clock clock,
            MessageSource texts, JsonMapper json) {
        this.dictionary = dictionary;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.texts = texts;
        this.json = json;
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaLoader(loader -> loader.fetchRemoteResources(false))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                        .locale(Locale.SIMPLIFIED_CHINESE).build()));
        this.metaSchema = registry.getSchema(SchemaLocation.of(DIALECT));
        JsonNode seeded = read(json);
        this.defaultForm = seeded.get("default");
        Map<String, JsonNode> forms = new LinkedHashMap<>();
        seeded.path("forms").properties().forEach(e -> forms.put(e.getKey(), e.getValue()));
        this.basicForms = Map.copyOf(forms);
        // The seeded forms must themselves be valid: a broken resource stops the start, not an applicant.
        List<FieldViolation> problems = new ArrayList<>(definitionProblems(defaultForm));
        forms.values().forEach(form -> problems.addAll(definitionProblems(form)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("forms/basic-forms.json is not valid: " + problems);
        }
    }

    /** Where a listing's form comes from. */
    public enum Origin {
        /** The listing's own form. */
        LISTING,
        /** The form of the listing's basic catalog entry (基本目录). */
        BASIC,
        /** The platform's default form. */
        DEFAULT
    }

    /**
     * A field as a form shows it: the dictionary field with the form's title, whether it is required
     * (unconditionally) and the limits both schemas set, so the page can say them before the applicant types.
     */
    public record FormField(Field field, String label, boolean required, boolean autofill, Integer minLength,
            Integer maxLength, BigDecimal minimum, BigDecimal maximum, List<String> options) {

        public String name() {
            return field.name();
        }

        public String widget() {
            return field.widget();
        }
    }

    /** A listing's form: its fields in order, the definition as written and the schema that checks it. */
    public record Form(Origin origin, List<FormField> fields, JsonNode definition, Schema schema) {

        public Optional<FormField> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }

        /** The names of the fields, for pages that post them. */
        public List<String> names() {
            return fields.stream().map(FormField::name).toList();
        }
    }

    /**
     * The fields of several forms as one form shows them (一表申请): each field once, in the order first met,
     * required when any form requires it, within the narrowest limits any form sets. Each form still checks its
     * own fields when its application is submitted.
     */
    public static List<FormField> union(List<Form> forms) {
        Map<String, FormField> fields = new LinkedHashMap<>();
        for (Form form : forms) {
            for (FormField field : form.fields()) {
                fields.merge(field.name(), field, (a, b) -> new FormField(a.field(), a.label(),
                        a.required() || b.required(), a.autofill() || b.autofill(), larger(a.minLength(), b.minLength()),
                        smaller(a.maxLength(), b.maxLength()), larger(a.minimum(), b.minimum()),
                        smaller(a.maximum(), b.maximum()), a.options() != null ? a.options() : b.options()));
            }
        }
        return List.copyOf(fields.values());
    }

    /** The form applications for the listing fill in. */
    @Transactional(readOnly = true)
    public Form form(ItemDetail item) {
        Optional<String> own = jdbc.sql("select definition from listing_form where listing_code = ?")
                .param(item.code()).query(String.class).optional();
        if (own.isPresent()) {
            return compiled(Origin.LISTING, own.get());
        }
        JsonNode basic = basicForms.get(item.basicCode());
        return basic != null ? compiled(Origin.BASIC, json.writeValueAsString(basic))
                : compiled(Origin.DEFAULT, json.writeValueAsString(defaultForm));
    }

    /**
     * Sets the listing's own form. Every problem of the definition is reported at once, with the field it
     * belongs to, and nothing changes while there is one.
     */
    @Transactional
    public Form define(String listingCode, JsonNode definition, Actor actor) {
        ItemDetail item = administered(listingCode, actor);
        if (definition == null || !definition.isObject()) {
            throw BusinessException.onField("definition", ApplicationError.FORM_DEFINITION_INVALID,
                    texts.getMessage("form.definition.notObject", null, Locale.SIMPLIFIED_CHINESE));
        }
        String text = json.writeValueAsString(definition);
        if (text.length() > MAX_DEFINITION_CHARS) {
            throw BusinessException.onField("definition", ApplicationError.FORM_DEFINITION_TOO_LARGE,
                    MAX_DEFINITION_CHARS / 1024);
        }
        List<FieldViolation> problems = definitionProblems(definition);
        if (!problems.isEmpty()) {
            throw new BusinessException(ApplicationError.FORM_DEFINITION_INVALID, problems, problems.size());
        }
        Form form = compiled(Origin.LISTING, text);
        int updated = jdbc.sql("update listing_form set definition = ?, updated_by = ?, updated_at = ? where listing_code = ?")
                .params(text, actor.username(), Timestamp.from(clock.instant()), item.code()).update();
        if (updated == 0) {
            jdbc.sql("insert into listing_form (listing_code, definition, updated_by, updated_at) values (?, ?, ?, ?)")
                    .params(item.code(), text, actor.username(), Timestamp.from(clock.instant())).update();
        }
        audit.record(actor, "FORM_DEFINED", "listing", item.code(), "fields=" + form.fields().size());
        return form;
    }

    /** Drops the listing's own form: it goes back to its basic entry's form or the default. */
    @Transactional
    public Form reset(String listingCode, Actor actor) {
        ItemDetail item = administered(listingCode, actor);
        int removed = jdbc.sql("delete from listing_form where listing_code = ?").param(item.code()).update();
        if (removed > 0) {
            audit.record(actor, "FORM_RESET", "listing", item.code(), null);
        }
        return form(item);
    }

    private ItemDetail administered(String listingCode, Actor actor) {
        if (!actor.has(CatalogRole.CATALOG_ADMIN) && !actor.has(AccountRole.SYSTEM_ADMIN)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        ItemDetail item = catalog.published(listingCode == null ? "" : listingCode)
                .orElseThrow(() -> new BusinessException(ApplicationError.ITEM_NOT_AVAILABLE));
        actor.dataScope().require(RegionCode.of(item.region().code()), item.department().code());
        return item;
    }

    /**
     * The application's form data after the form's checks, as the case keeps it: identity fields set from the
     * verified identity (whatever was sent for them), or the violations, each on {@code formData.<field>}.
     */
    public ObjectNode checked(Form form, ObjectNode given, Applicant applicant, InputCheck check) {
        ObjectNode data = (ObjectNode) given.deepCopy();
        for (FormField field : form.fields()) {
            identityValue(field, applicant).ifPresent(value -> data.put(field.name(), value));
        }
        Map<String, FieldViolation> found = new LinkedHashMap<>();
        for (Error error : form.schema().validate(data)) {
            violation(form, error).ifPresent(v -> found.putIfAbsent(v.field(), v));
        }
        for (FormField field : form.fields()) {
            String key = "formData." + field.name();
            JsonNode value = data.get(field.name());
            if (found.containsKey(key) || value == null || !value.isString()) {
                continue;
            }
            String text = value.asString();
            boolean lines = "textarea".equals(field.widget());
            if (text.chars().anyMatch(c -> Character.isISOControl(c) && !(lines && (c == '\n' || c == '\r' || c == '\t')))) {
                found.put(key, new FieldViolation(key, ApplicationError.FORM_FIELD_INVALID, field.label()));
            } else if ("idNumber".equals(field.field().check()) && IdNumber.parse(text).isEmpty()) {
                found.put(key, new FieldViolation(key, CommonError.ID_NUMBER_INVALID));
            } else if ("creditCode".equals(field.field().check()) && CreditCode.parse(text).isEmpty()) {
                found.put(key, new FieldViolation(key, CommonError.CREDIT_CODE_INVALID));
            } else if ("notAfterToday".equals(field.field().check())) {
                dateProblem(text).ifPresent(code -> found.put(key, new FieldViolation(key, code, field.label())));
            }
        }
        found.values().forEach(v -> check.add(v.field(), v.code(), v.arguments()));
        return data;
    }

    /** What is wrong with a date that may not be later than today (in the platform's clock), if anything. */
    private Optional<ApplicationError> dateProblem(String date) {
        try {
            return LocalDate.parse(date).isAfter(LocalDate.now(clock))
                    ? Optional.of(ApplicationError.FORM_FIELD_AFTER_TODAY) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(ApplicationError.FORM_FIELD_FORMAT);
        }
    }

    /** The value of a field taken from the verified identity, when the form takes it from there. */
    public static Optional<String> identityValue(FormField field, Applicant applicant) {
        String source = field.field().source();
        if (!field.autofill() || !field.field().fromIdentity() || applicant == null) {
            return Optional.empty();
        }
        String kind = source.substring(0, source.indexOf('.'));
        if (!kind.equals(applicant.kind() == AccountKind.PERSON ? "person" : "enterprise")) {
            return Optional.empty();
        }
        return Optional.ofNullable(source.endsWith(".name") ? applicant.name() : applicant.number());
    }

    /**
     * Form data from a page's text fields: numbers as numbers when they read as one (else the text, which the
     * schema refuses with a clear message), a ticked box as true, blanks left out.
     */
    public ObjectNode fromPage(Form form, Map<String, String> values) {
        ObjectNode data = json.createObjectNode();
        for (FormField field : form.fields()) {
            String raw = values.get(field.name());
            String value = raw == null ? "" : raw.strip();
            switch (field.widget()) {
                case "checkbox" -> {
                    if (!value.isEmpty()) {
                        data.put(field.name(), true);
                    }
                }
                case "number", "integer" -> {
                    if (!value.isEmpty()) {
                        try {
                            BigDecimal number = new BigDecimal(value);
                            if ("integer".equals(field.widget()) && number.stripTrailingZeros().scale() <= 0) {
                                data.put(field.name(), number.longValueExact());
                            } else {
                                data.put(field.name(), number);
                            }
                        } catch (NumberFormatException | ArithmeticException e) {
                            data.put(field.name(), value);
                        }
                    }
                }
                default -> {
                    if (!value.isEmpty()) {
                        data.put(field.name(), value);
                    }
                }
            }
        }
        return data;
    }

    private Optional<FieldViolation> violation(Form form, Error error) {
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        String name = switch (keyword) {
            case "required", "dependentRequired", "additionalProperties" -> error.getProperty();
            default -> error.getInstanceLocation().getNameCount() > 0 ? error.getInstanceLocation().getName(0) : null;
        };
        if (name == null) {
            return Optional.empty();
        }
        String key = "formData." + name;
        Optional<FormField> field = form.field(name);
        if (field.isEmpty()) {
            return Optional.of(new FieldViolation(key, ApplicationError.FORM_FIELD_UNKNOWN, name));
        }
        FormField f = field.get();
        String label = f.label();
        return Optional.of(switch (keyword) {
            case "required", "dependentRequired" -> "checkbox".equals(f.widget())
                    ? new FieldViolation(key, ApplicationError.FORM_FIELD_CONFIRM, label)
                    : new FieldViolation(key, ApplicationError.FORM_FIELD_REQUIRED, label);
            case "maxLength" -> new FieldViolation(key, ApplicationError.FORM_FIELD_TOO_LONG, label, f.maxLength());
            case "minLength" -> new FieldViolation(key, ApplicationError.FORM_FIELD_TOO_SHORT, label, f.minLength());
            case "pattern", "format" -> new FieldViolation(key, ApplicationError.FORM_FIELD_FORMAT, label);
            case "enum", "const" -> "checkbox".equals(f.widget())
                    ? new FieldViolation(key, ApplicationError.FORM_FIELD_CONFIRM, label)
                    : new FieldViolation(key, ApplicationError.FORM_FIELD_CHOICE, label);
            case "minimum", "exclusiveMinimum" -> new FieldViolation(key, ApplicationError.FORM_FIELD_MIN, label,
                    plain(f.minimum()));
            case "maximum", "exclusiveMaximum" -> new FieldViolation(key, ApplicationError.FORM_FIELD_MAX, label,
                    plain(f.maximum()));
            case "type" -> switch (f.field().type()) {
                case "number" -> new FieldViolation(key, ApplicationError.FORM_FIELD_NUMBER, label);
                case "integer" -> new FieldViolation(key, ApplicationError.FORM_FIELD_INTEGER, label);
                default -> new FieldViolation(key, ApplicationError.FORM_FIELD_INVALID, label);
            };
            default -> new FieldViolation(key, ApplicationError.FORM_FIELD_INVALID, label);
        });
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    /** The form compiled from its definition text (which was checked when it was written). */
    private Form compiled(Origin origin, String text) {
        return compiled.get(origin + ":" + text, key -> {
            JsonNode definition = json.readTree(text);
            return new Form(origin, fields(definition), definition, registry.getSchema(effective(definition)));
        });
    }

    /**
     * Every problem of a definition: not a JSON Schema, keywords that reference or are not allowed at the top,
     * fields outside the dictionary or with another type, titles too long, required fields not in the form.
     */
    private List<FieldViolation> definitionProblems(JsonNode definition) {
        var check = new InputCheck();
        List<String> forbidden = new ArrayList<>();
        forbiddenKeywords(definition, forbidden);
        if (!forbidden.isEmpty()) {
            check.add("definition", ApplicationError.FORM_KEYWORD_FORBIDDEN, String.join("、", new LinkedHashSet<>(forbidden)));
            return check.violations();
        }
        List<Error> meta = metaSchema.validate(definition);
        if (!meta.isEmpty()) {
            check.add("definition", ApplicationError.FORM_DEFINITION_INVALID, meta.get(0).getMessage());
            return check.violations();
        }
        definition.properties().forEach(entry -> check.check(TOP_LEVEL.contains(entry.getKey()) || entry.getKey().startsWith("x-"),
                "definition", ApplicationError.FORM_KEYWORD_FORBIDDEN, entry.getKey()));
        check.check(!definition.has("$schema") || DIALECT.equals(definition.get("$schema").asString()), "definition",
                ApplicationError.FORM_DIALECT_UNSUPPORTED, DIALECT);
        check.check(!definition.has("type") || "object".equals(definition.get("type").asString(null)), "definition",
                ApplicationError.FORM_NOT_OBJECT);
        JsonNode properties = definition.path("properties");
        if (!properties.isObject() || properties.isEmpty()) {
            check.add("properties", ApplicationError.FORM_NO_FIELDS);
            return check.violations();
        }
        check.check(properties.size() <= MAX_FIELDS, "properties", ApplicationError.FORM_TOO_MANY_FIELDS, MAX_FIELDS);
        properties.properties().forEach(entry -> {
            String name = entry.getKey();
            String key = "properties." + name;
            Optional<Field> field = dictionary.field(name);
            if (field.isEmpty()) {
                check.add(key, ApplicationError.FORM_FIELD_NOT_IN_DICTIONARY, name);
                return;
            }
            JsonNode own = entry.getValue();
            if (!own.isObject()) {
                check.add(key, ApplicationError.FORM_FIELD_NOT_OBJECT, name);
                return;
            }
            if (own.has("type") && !field.get().type().equals(own.get("type").asString(null))) {
                check.add(key, ApplicationError.FORM_FIELD_TYPE_CHANGED, name,
                        texts.getMessage("form.type." + field.get().type(), null, Locale.SIMPLIFIED_CHINESE));
            }
            if (own.has("title")) {
                String title = own.get("title").asString("");
                check.check(!title.isBlank() && title.length() <= MAX_TITLE && title.chars().noneMatch(Character::isISOControl),
                        key, ApplicationError.FORM_TITLE_INVALID, name, MAX_TITLE);
            }
        });
        for (String name : strings(definition.path("required"))) {
            check.check(properties.has(name), "required", ApplicationError.FORM_REQUIRED_NOT_IN_FORM, name);
        }
        return check.violations();
    }

    private static void forbiddenKeywords(JsonNode node, List<String> found) {
        if (node.isObject()) {
            node.properties().forEach(entry -> {
                if (FORBIDDEN.contains(entry.getKey())) {
                    found.add(entry.getKey());
                }
                forbiddenKeywords(entry.getValue(), found);
            });
        } else if (node.isArray()) {
            node.forEach(element -> forbiddenKeywords(element, found));
        }
    }

    /** The schema applications are checked with: dictionary and form, both, and nothing else. */
    private JsonNode effective(JsonNode definition) {
        ObjectNode schema = (ObjectNode) definition.deepCopy();
        schema.put("$schema", DIALECT).put("type", "object").put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        definition.path("properties").properties().forEach(entry -> {
            ObjectNode own = (ObjectNode) entry.getValue().deepCopy();
            own.remove(own.propertyNames().stream().filter(k -> k.startsWith("x-") || k.equals("title")).toList());
            ArrayNode both = properties.putObject(entry.getKey()).putArray("allOf");
            both.add(dictionary.field(entry.getKey()).orElseThrow().schema());
            both.add(own);
        });
        schema.remove(schema.propertyNames().stream().filter(k -> k.startsWith("x-")).toList());
        return schema;
    }

    private List<FormField> fields(JsonNode definition) {
        Set<String> required = new LinkedHashSet<>(strings(definition.path("required")));
        List<FormField> fields = new ArrayList<>();
        definition.path("properties").properties().forEach(entry -> {
            Field field = dictionary.field(entry.getKey()).orElseThrow();
            JsonNode own = entry.getValue();
            JsonNode base = field.schema();
            String label = own.has("title") ? own.get("title").asString()
                    : texts.getMessage("form.field." + field.name(), null, field.name(), Locale.SIMPLIFIED_CHINESE);
            List<String> options = own.has("enum") ? strings(own.get("enum")) : field.options();
            fields.add(new FormField(field, label, required.contains(field.name()),
                    own.path("x-autofill").asBoolean(true),
                    larger(integer(base, "minLength"), integer(own, "minLength")),
                    smaller(integer(base, "maxLength"), integer(own, "maxLength")),
                    larger(bound(base, "minimum", "exclusiveMinimum"), bound(own, "minimum", "exclusiveMinimum")),
                    smaller(bound(base, "maximum", "exclusiveMaximum"), bound(own, "maximum", "exclusiveMaximum")),
                    options));
        });
        return List.copyOf(fields);
    }

    private static Integer integer(JsonNode schema, String keyword) {
        return schema.has(keyword) && schema.get(keyword).canConvertToInt() ? schema.get(keyword).asInt() : null;
    }

    private static BigDecimal bound(JsonNode schema, String inclusive, String exclusive) {
        JsonNode value = schema.has(inclusive) ? schema.get(inclusive) : schema.get(exclusive);
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }

    private static <T extends Comparable<T>> T larger(T a, T b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }

    private static <T extends Comparable<T>> T smaller(T a, T b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }

    private static JsonNode read(JsonMapper json) {
        try (InputStream in = new ClassPathResource("forms/basic-forms.json").getInputStream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("forms/basic-forms.json cannot be read", e);
        }
    }
}
