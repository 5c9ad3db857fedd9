package org.tongban.license;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.tongban.shared.Actor;
import org.tongban.shared.BusinessException;
import org.tongban.shared.InputCheck;
import org.tongban.shared.Problems;

/**
 * Imports historical licenses from CSV (UTF-8, a header row): {@code typeCode, holderName, holderCode,
 * validFrom, validUntil}, then one column per face field key of any type (a row fills the keys its type has).
 * Each row is issued on its own by the importer's department, exactly as a direct issue would be; the report
 * says for every row the identifier it got or, in Chinese, what was wrong with it. At most
 * {@value #MAX_ROWS} rows per file.
 */
@Service
public class LicenseImport {

    static final int MAX_ROWS = 2000;
    private static final List<String> FIXED = List.of("typeCode", "holderName", "holderCode", "validFrom", "validUntil");

    private final Licenses licenses;
    private final Problems problems;

    LicenseImport(Licenses licenses, Problems problems) {
        this.licenses = licenses;
        this.problems = problems;
    }

    /** One row's outcome: its line in the file, the identifier issued, or the problems. */
    public record Row(int line, String identifier, List<String> problems) {
    }

    public record Report(int rows, int issued, int failed, List<Row> results) {
    }

    public Report run(byte[] csv, Actor actor) {
        List<List<String>> table;
        try {
            table = parse(new String(csv, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new BusinessException(LicenseError.LICENSE_IMPORT_UNREADABLE);
        }
        if (table.isEmpty() || !table.get(0).containsAll(FIXED) || table.size() - 1 > MAX_ROWS) {
            throw new BusinessException(LicenseError.LICENSE_IMPORT_UNREADABLE);
        }
        List<String> header = table.get(0).stream().map(String::strip).toList();
        List<Row> results = new ArrayList<>();
        int issued = 0;
        for (int i = 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), c < cells.size() ? cells.get(c).strip() : "");
            }
            try {
                Map<String, String> face = new LinkedHashMap<>();
                values.forEach((k, v) -> {
                    if (!FIXED.contains(k) && !v.isEmpty()) {
                        face.put(k, v);
                    }
                });
                InputCheck dates = new InputCheck();
                LocalDate from = dates.optionalDate("validFrom", values.get("validFrom"), LicenseError.LICENSE_DATES_INVALID);
                LocalDate until = dates.optionalDate("validUntil", values.get("validUntil"),
                        LicenseError.LICENSE_DATES_INVALID);
                dates.throwIfAny();
                Licenses.Issue issue = new Licenses.Issue(values.get("typeCode"), values.get("holderName"),
                        values.get("holderCode"), face, from, until, null);
                results.add(new Row(i + 1, licenses.issue(issue, actor).identifier(), List.of()));
                issued++;
            } catch (BusinessException e) {
                List<String> messages = new ArrayList<>(problems.fieldMessages(e).values());
                if (messages.isEmpty()) {
                    messages.add(problems.message(e.code(), e.arguments()));
                }
                results.add(new Row(i + 1, null, messages));
            }
        }
        return new Report(results.size(), issued, results.size() - issued, results);
    }

    /** RFC 4180: commas, double quotes around cells that hold them, {@code ""} for a quote, CRLF or LF. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c == '\0') {
                throw new IllegalArgumentException("not text");
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("an unclosed quote");
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
