package org.tongban.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.tongban.casework.CaseQueries;
import org.tongban.casework.CaseQueries.EarlierCase;
import org.tongban.shared.Actor;
import tools.jackson.databind.JsonNode;

/**
 * 一人一档 / 一企一档 as applying uses it: what an account filled in and handed in for its earlier cases, so
 * that a new form offers the last answers again (减表单) and a material already examined at intake need not
 * be handed in again (材料复用, marked 免提交). Only cases accepted at intake count, and only for a year:
 * a refused case's material was not found good, and an old one may no longer be true.
 */
@Service
public class ApplicantFiles {

    /** How long a material taken at intake may be reused. */
    public static final Duration REUSE_PERIOD = Duration.ofDays(365);
    private static final int CASES_READ = 30;

    private final CaseQueries cases;
    private final FieldDictionary dictionary;
    private final Clock clock;

    ApplicantFiles(CaseQueries cases, FieldDictionary dictionary, Clock clock) {
        this.cases = cases;
        this.dictionary = dictionary;
        this.clock = clock;
    }

    /** A material handed in for an earlier case that may stand for a new one. */
    public record Reusable(String materialName, String fileId, String fileName, String caseNumber, String itemName,
            Instant submittedAt) {
    }

    /** What may be reused: each material name's newest file, and each remembered field's last answer. */
    public record Record(Map<String, Reusable> materials, Map<String, String> answers) {

        public Optional<Reusable> material(String name) {
            return Optional.ofNullable(materials.get(name));
        }
    }

    public Record of(Actor actor) {
        List<EarlierCase> earlier = cases.acceptedSince(actor.username(), clock.instant().minus(REUSE_PERIOD), CASES_READ);
        Map<String, Reusable> materials = new LinkedHashMap<>();
        Map<String, String> answers = new LinkedHashMap<>();
        for (EarlierCase c : earlier) {
            for (JsonNode m : c.materials()) {
                String name = m.path("name").asString("");
                String fileId = m.path("fileId").asString(null);
                if (fileId != null && !name.isEmpty() && !m.path("correction").asBoolean(false)) {
                    materials.putIfAbsent(name, new Reusable(name, fileId, m.path("fileName").asString(""),
                            c.caseNumber(), c.itemName(), c.submittedAt()));
                }
            }
            c.formData().properties().forEach(entry -> dictionary.field(entry.getKey())
                    .filter(FieldDictionary.Field::remember)
                    .filter(f -> entry.getValue().isString() && !entry.getValue().asString().isBlank())
                    .ifPresent(f -> answers.putIfAbsent(f.name(), entry.getValue().asString())));
        }
        return new Record(Map.copyOf(materials), Map.copyOf(answers));
    }
}
