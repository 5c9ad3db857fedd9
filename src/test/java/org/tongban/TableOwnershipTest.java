package org.tongban;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module writes another's tables: every table that SQL in the main sources inserts into, updates or
 * deletes from, and every table a JPA entity maps, belongs to one module only (the top-level package the
 * code lives in). A module that needs another's data changed asks that module's API.
 */
class TableOwnershipTest {

    private static final Path SOURCES = Path.of("src/main/java/org/tongban");
    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(?:insert\\s+into|update|delete\\s+from)\\s+([a-z_][a-z0-9_]*)\\b");
    private static final Pattern ENTITY_TABLE = Pattern.compile("@Table\\(name\\s*=\\s*\"([a-z0-9_]+)\"");

    @Test
    void everyWrittenTableHasOneOwningModule() throws IOException {
        Map<String, Set<String>> writers = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String module = SOURCES.relativize(file).getName(0).toString();
                if (module.endsWith(".java")) {
                    continue;
                }
                String source = Files.readString(file);
                for (String sql : stringLiterals(source)) {
                    Matcher write = WRITE.matcher(sql);
                    while (write.find()) {
                        writers.computeIfAbsent(write.group(1).toLowerCase(), t -> new TreeSet<>()).add(module);
                    }
                }
                Matcher entity = ENTITY_TABLE.matcher(source);
                while (entity.find()) {
                    writers.computeIfAbsent(entity.group(1), t -> new TreeSet<>()).add(module);
                }
            }
        }
        assertThat(writers).as("tables written").containsKeys("cases", "case_step", "audit_record", "listing");
        assertThat(writers).allSatisfy((table, modules) ->
                assertThat(modules).as("modules writing %s", table).hasSize(1));
    }

    /** The contents of the string literals and text blocks of a source file, where its SQL is. */
    private static Iterable<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        Matcher blocks = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL).matcher(source);
        while (blocks.find()) {
            literals.add(blocks.group(1));
        }
        String rest = blocks.replaceAll("");
        Matcher strings = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"").matcher(rest);
        StringBuilder line = new StringBuilder();
        while (strings.find()) {
            line.append(strings.group(1)).append(' ');
        }
        // concatenated literals ("insert into " + "cases") read as one text
        literals.add(line.toString());
        return literals;
    }
}
