package org.tongban.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.context.MessageSource;

/**
 * The documented Excel template of the catalog (docs/catalog-excel-template.md): a sheet 事项 with one
 * listing per row and a sheet 材料 with one material per row. Export writes it; import reads it back.
 * Lists inside a cell are one entry per line, parts of an entry separated by {@code |}.
 */
final class CatalogExcel {

    static final String LISTINGS = "事项";
    static final String MATERIALS = "材料";
    static final List<String> LISTING_COLUMNS = List.of("基本编码", "实施主体统一社会信用代码", "实施地区代码", "业务办理项",
            "法定办结时限", "法定时限单位", "承诺办结时限", "承诺时限单位", "办件类型", "到办事现场次数", "必须现场办理原因",
            "网上办理深度", "办理形式", "受理条件", "通办范围", "办理流程", "收费项目", "办理结果名称", "办理结果类型", "服务对象",
            "个人主题", "法人主题", "高频事项", "咨询电话", "投诉电话", "行政复议机关", "行政诉讼机关", "常见问题", "办理大厅编码",
            "白话说明", "关键词", "支持预约", "支持邮寄", "支持网上支付", "支持自助终端", "依法享有的权利", "依法履行的义务");
    static final List<String> MATERIAL_COLUMNS = List.of("基本编码", "实施主体统一社会信用代码", "材料名称", "材料类型",
            "材料形式", "份数", "纸质规格", "必要性", "来源渠道", "出具单位", "受理标准", "填报须知", "要求提供材料的依据",
            "是否表格", "空表", "样表");

    /** The template column a quality finding's content path belongs to, as people see it in the workbook. */
    private static final Map<String, String> COLUMN_OF_PATH = Map.ofEntries(
            Map.entry("statutoryLimit", "法定办结时限"), Map.entry("promisedLimit", "承诺办结时限"),
            Map.entry("processingKind", "办件类型"), Map.entry("requiredVisits", "到办事现场次数"),
            Map.entry("onsiteReason", "必须现场办理原因"), Map.entry("onlineDepth", "网上办理深度"),
            Map.entry("handlingForms", "办理形式"), Map.entry("acceptanceConditions", "受理条件"),
            Map.entry("crossRegionScope", "通办范围"), Map.entry("steps", "办理流程"),
            Map.entry("fees", "收费项目"), Map.entry("result", "办理结果名称"),
            Map.entry("audiences", "服务对象"), Map.entry("faqs", "常见问题"),
            Map.entry("hallCodes", "办理大厅编码"), Map.entry("contact", "咨询电话"),
            Map.entry("basicCode", "基本编码"), Map.entry("regionCode", "实施地区代码"),
            Map.entry("name", "材料名称"), Map.entry("type", "材料类型"),
            Map.entry("form", "材料形式"), Map.entry("copies", "份数"),
            Map.entry("source", "来源渠道"), Map.entry("issuer", "出具单位"),
            Map.entry("blankForm", "空表"), Map.entry("sampleForm", "样表"));

    /**
     * A finding's place in words of the template: {@code promisedLimit} → 承诺办结时限,
     * {@code materials[2].source} → 材料第3项 来源渠道, {@code fees[0].basis} → 收费项目第1项.
     */
    static String column(String path, MessageSource messages) {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        if (path == null || path.isBlank()) {
            return "";
        }
        Matcher item = Pattern.compile("(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?").matcher(path);
        if (item.matches()) {
            int number = Integer.parseInt(item.group(2)) + 1;
            if ("materials".equals(item.group(1))) {
                String field = item.group(3) == null ? "" : COLUMN_OF_PATH.getOrDefault(item.group(3), item.group(3));
                return messages.getMessage("import.column.material", new Object[] {number, field}, zh).strip();
            }
            return messages.getMessage("import.column.item",
                    new Object[] {COLUMN_OF_PATH.getOrDefault(item.group(1), item.group(1)), number}, zh);
        }
        String head = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        return COLUMN_OF_PATH.getOrDefault(head, path);
    }

    static final Set<String> UNITS = Set.of("W", "N");
    static final Set<String> KINDS = Set.of("IMMEDIATE", "PROMISED");
    static final Set<String> DEPTH = Set.of("CONSULT", "RECEIVE", "PRE_REVIEW", "ACCEPT", "PROCESS", "RESULT_FEEDBACK",
            "LICENSE_FEEDBACK");
    static final Set<String> FORMS = Set.of("WINDOW", "ONLINE", "POST");
    static final Set<String> RESULT_TYPES = Set.of("CERTIFICATE", "DOCUMENT", "APPROVAL");
    static final Set<String> AUDIENCES = Set.of("PERSON", "ENTERPRISE", "PUBLIC_INSTITUTION", "SOCIAL_ORGANIZATION",
            "OTHER_ORGANIZATION");
    static final Set<String> MATERIAL_TYPES = Set.of("ORIGINAL", "COPY", "ORIGINAL_AND_COPY", "ORIGINAL_OR_COPY");
    static final Set<String> MATERIAL_FORMS = Set.of("PAPER", "ELECTRONIC", "PAPER_AND_ELECTRONIC", "PAPER_OR_ELECTRONIC");
    static final Set<String> NECESSITIES = Set.of("REQUIRED", "OPTIONAL", "TOLERATED");
    static final Set<String> SOURCES = Set.of("APPLICANT", "GOVERNMENT", "OTHER");
    static final Set<String> SCOPES = Set.of("NATIONWIDE", "CROSS_PROVINCE", "CROSS_CITY", "CROSS_COUNTY",
            "TOWNSHIP_WIDE", "VILLAGE_WIDE", "NONE");
    private static final int MAX_ROWS = 5000;

    private CatalogExcel() {
    }

    /** One problem of an imported file, where a person can find it. */
    record RowError(String sheet, int row, String column, String message) {
    }

    /** A listing read from a row, with the department that implements it. */
    record ImportedListing(int row, String departmentCode, ListingContent content) {
    }

    /** What a file held: the listings, or the errors that stop all of them. */
    record Parsed(List<ImportedListing> listings, List<RowError> errors) {
    }

    // ---- export ----

    static void write(List<Exported> items, OutputStream out) {
        try {
            Workbook workbook = new Workbook(out, "Tongban", "1.0");
            Worksheet listings = workbook.newWorksheet(LISTINGS);
            Worksheet materials = workbook.newWorksheet(MATERIALS);
            header(listings, LISTING_COLUMNS);
            header(materials, MATERIAL_COLUMNS);
            int materialRow = 1;
            for (int i = 0; i < items.size(); i++) {
                Exported item = items.get(i);
                ListingContent c = item.content();
                List<String> values = List.of(c.basicCode(), item.departmentCode(), c.regionCode(),
                        text(c.handlingItem()), String.valueOf(c.statutoryLimit().value()), c.statutoryLimit().unit(),
                        String.valueOf(c.promisedLimit().value()), c.promisedLimit().unit(), c.processingKind(),
                        String.valueOf(c.requiredVisits()), text(c.onsiteReason()), String.join(",", c.onlineDepth()),
                        String.join(",", c.handlingForms()), text(c.acceptanceConditions()), text(c.crossRegionScope()),
                        lines(c.steps(), s -> s.name() + "|" + text(s.description()) + "|" + text(s.duration())),
                        lines(c.fees(), f -> f.name() + "|" + f.standard() + "|" + f.basis() + "|" + yesNo(f.reducible())
                                + "|" + text(f.reductionBasis())),
                        c.result().name(), c.result().type(), String.join(",", c.audiences()),
                        String.join(",", c.personThemes()), String.join(",", c.enterpriseThemes()),
                        yesNo(c.highFrequency()), text(c.contact().consultPhone()), text(c.contact().complaintPhone()),
                        text(c.contact().reviewBody()), text(c.contact().litigationBody()),
                        lines(c.faqs(), q -> q.question() + "|" + q.answer()), String.join(",", c.hallCodes()),
                        text(c.plainSummary()), String.join(",", c.keywords()), yesNo(c.appointment()),
                        yesNo(c.postal()), yesNo(c.onlinePayment()), yesNo(c.kiosk()), text(c.rights()), text(c.duties()));
                for (int col = 0; col < values.size(); col++) {
                    listings.value(i + 1, col, values.get(col));
                }
                for (var m : c.materials()) {
                    List<String> mv = List.of(c.basicCode(), item.departmentCode(), m.name(), m.type(), m.form(),
                            String.valueOf(m.copies()), text(m.paperSize()), m.necessity(), m.source(), m.issuer(),
                            text(m.acceptanceStandard()), text(m.fillingNotes()), text(m.basis()), yesNo(m.isForm()),
                            text(m.blankForm()), text(m.sampleForm()));
                    for (int col = 0; col < mv.size(); col++) {
                        materials.value(materialRow, col, mv.get(col));
                    }
                    materialRow++;
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A listing to export: its department's credit code and its content. */
    record Exported(String departmentCode, ListingContent content) {
    }

    private static void header(Worksheet sheet, List<String> columns) {
        for (int i = 0; i < columns.size(); i++) {
            sheet.value(0, i, columns.get(i));
            sheet.style(0, i).bold().set();
        }
    }

    private static <T> String lines(List<T> values, Function<T, String> format) {
        return String.join("\n", values.stream().map(format).toList());
    }

    private static String yesNo(boolean value) {
        return value ? "是" : "否";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    // ---- import ----

    static Parsed read(InputStream in) {
        List<RowError> errors = new ArrayList<>();
        Map<String, List<ListingContent.Material>> materials = new LinkedHashMap<>();
        List<String[]> listingRows;
        List<String[]> materialRows;
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            listingRows = rows(workbook, LISTINGS, LISTING_COLUMNS, errors);
            materialRows = rows(workbook, MATERIALS, MATERIAL_COLUMNS, errors);
        } catch (IOException | RuntimeException e) {
            return new Parsed(List.of(), List.of(new RowError("", 0, "", "NOT_XLSX")));
        }
        if (!errors.isEmpty()) {
            return new Parsed(List.of(), errors);
        }
        for (int i = 0; i < materialRows.size(); i++) {
            var cells = new Cells(MATERIALS, i + 2, materialRows.get(i), MATERIAL_COLUMNS, errors);
            String key = cells.required(0) + "/" + cells.required(1);
            var material = new ListingContent.Material(cells.required(2), cells.oneOf(3, MATERIAL_TYPES),
                    cells.oneOf(4, MATERIAL_FORMS), cells.number(5), cells.optional(6), cells.oneOf(7, NECESSITIES),
                    cells.oneOf(8, SOURCES), cells.required(9), cells.optional(10), cells.optional(11),
                    cells.optional(12), cells.yesNo(13), cells.optional(14), cells.optional(15));
            materials.computeIfAbsent(key, k -> new ArrayList<>()).add(material);
        }
        List<ImportedListing> listings = new ArrayList<>();
        for (int i = 0; i < listingRows.size(); i++) {
            var cells = new Cells(LISTINGS, i + 2, listingRows.get(i), LISTING_COLUMNS, errors);
            String basicCode = cells.required(0);
            String department = cells.required(1);
            var content = new ListingContent(basicCode, null, cells.required(2), cells.optional(3),
                    new ListingContent.TimeLimit(cells.number(4), cells.oneOf(5, UNITS), null),
                    new ListingContent.TimeLimit(cells.number(6), cells.oneOf(7, UNITS), null), cells.oneOf(8, KINDS),
                    cells.number(9), cells.optional(10), cells.list(11, DEPTH), cells.list(12, FORMS),
                    cells.required(13), cells.optionalOneOf(14, SCOPES), cells.yesNo(31), cells.yesNo(32),
                    cells.yesNo(33), cells.yesNo(34),
                    cells.entries(15, 3).stream().map(p -> new ListingContent.Step(p[0], p[1], p[2])).toList(),
                    List.of(), List.of(),
                    cells.entries(16, 5).stream().map(p -> new ListingContent.Fee(p[0], p[1], p[2], "是".equals(p[3]),
                            p[4].isBlank() ? null : p[4])).toList(),
                    new ListingContent.Result(cells.required(17), cells.oneOf(18, RESULT_TYPES), null),
                    cells.list(19, AUDIENCES), cells.words(20), cells.words(21), cells.yesNo(22), cells.words(30),
                    new ListingContent.Contact(cells.required(23), cells.required(24), cells.optional(25),
                            cells.optional(26)),
                    cells.optional(35), cells.optional(36),
                    cells.entries(27, 2).stream().map(p -> new ListingContent.Faq(p[0], p[1])).toList(),
                    materials.getOrDefault(basicCode + "/" + department, List.of()), cells.words(28),
                    cells.optional(29));
            listings.add(new ImportedListing(i + 2, department, content));
        }
        return new Parsed(errors.isEmpty() ? listings : List.of(), errors);
    }

    private static List<String[]> rows(ReadableWorkbook workbook, String name, List<String> columns,
            List<RowError> errors) throws IOException {
        var sheet = workbook.findSheet(name);
        if (sheet.isEmpty()) {
            errors.add(new RowError(name, 0, "", "SHEET_MISSING"));
            return List.of();
        }
        List<Row> rows = sheet.get().read();
        if (rows.isEmpty() || !columns.get(0).equals(cell(rows.get(0), 0))) {
            errors.add(new RowError(name, 1, "", "HEADER_MISMATCH"));
            return List.of();
        }
        if (rows.size() > MAX_ROWS) {
            errors.add(new RowError(name, MAX_ROWS + 1, "", "TOO_MANY_ROWS"));
            return List.of();
        }
        List<String[]> values = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            String[] cells = new String[columns.size()];
            boolean empty = true;
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cell(row, i);
                empty &= cells[i].isEmpty();
            }
            if (!empty) {
                values.add(cells);
            }
        }
        return values;
    }

    private static String cell(Row row, int index) {
        if (index >= row.getCellCount()) {
            return "";
        }
        String text = row.getCellText(index);
        return text == null ? "" : text.strip();
    }

    /** Reads the cells of one row, recording every problem with its row and column. */
    private static final class Cells {
        private final String sheet;
        private final int row;
        private final String[] values;
        private final List<String> columns;
        private final List<RowError> errors;

        Cells(String sheet, int row, String[] values, List<String> columns, List<RowError> errors) {
            this.sheet = sheet;
            this.row = row;
            this.values = values;
            this.columns = columns;
            this.errors = errors;
        }

        String optional(int i) {
            String value = values[i];
            if (value.length() > 4000 || value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
                error(i, "CELL_INVALID");
                return null;
            }
            return value.isEmpty() ? null : value;
        }

        String required(int i) {
            String value = optional(i);
            if (value == null && values[i].isEmpty()) {
                error(i, "CELL_REQUIRED");
            }
            return value;
        }

        int number(int i) {
            String value = required(i);
            if (value == null) {
                return 0;
            }
            try {
                int n = (int) Double.parseDouble(value);
                if (n < 0 || n > 100_000 || n != Double.parseDouble(value)) {
                    throw new NumberFormatException();
                }
                return n;
            } catch (NumberFormatException e) {
                error(i, "CELL_NOT_A_NUMBER");
                return 0;
            }
        }

        String oneOf(int i, Set<String> allowed) {
            String value = required(i);
            if (value != null && !allowed.contains(value)) {
                error(i, "CELL_NOT_ALLOWED");
            }
            return value;
        }

        String optionalOneOf(int i, Set<String> allowed) {
            String value = optional(i);
            if (value != null && !allowed.contains(value)) {
                error(i, "CELL_NOT_ALLOWED");
            }
            return value;
        }

        List<String> list(int i, Set<String> allowed) {
            List<String> items = words(i);
            if (items.stream().anyMatch(v -> !allowed.contains(v))) {
                error(i, "CELL_NOT_ALLOWED");
            }
            return items;
        }

        List<String> words(int i) {
            String value = optional(i);
            return value == null ? List.of()
                    : Arrays.stream(value.split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        boolean yesNo(int i) {
            String value = optional(i);
            if (value != null && !Set.of("是", "否").contains(value)) {
                error(i, "CELL_NOT_YES_NO");
            }
            return "是".equals(value);
        }

        /** Lines of {@code a|b|c}, each padded to {@code parts} parts. */
        List<String[]> entries(int i, int parts) {
            String value = optional(i);
            if (value == null) {
                return List.of();
            }
            List<String[]> entries = new ArrayList<>();
            for (String line : value.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] split = line.split("\\|", -1);
                String[] padded = new String[parts];
                for (int p = 0; p < parts; p++) {
                    padded[p] = p < split.length ? split[p].strip() : "";
                }
                entries.add(padded);
            }
            return entries;
        }

        private void error(int column, String code) {
            errors.add(new RowError(sheet, row, columns.get(column), code));
        }
    }
}
