package org.tongban.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.Actor;
import org.tongban.shared.BusinessException;

/**
 * The knowledge base in Excel: exported with every entry an editor may see, imported all or nothing. Each row
 * of an import is checked like an entry written on the page; a row with a 编号 changes that draft, a row
 * without one is a new draft. One bad row and nothing is stored: the report names every row's problems.
 */
@Service
public class KnowledgeExcel {

    static final String SHEET = "知识库";
    static final List<String> COLUMNS = List.of("编号", "问题", "相似问法（每行一个）", "答案（HTML）", "关联事项编码",
            "适用地区代码", "负责部门", "标签", "生效日期", "失效日期", "状态");
    private static final int MAX_ROWS = 5_000;

    private final KnowledgeBase knowledge;

    KnowledgeExcel(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /** A row's problem: the row (1 is the header), and the failure with its fields. */
    public record RowProblem(int row, BusinessException problem) {
    }

    /** What an import did, or why it did nothing ({@code problems} not empty). */
    public record Report(int created, int updated, List<RowProblem> problems) {
    }

    public void export(Actor actor, OutputStream out) {
        List<KnowledgeBase.Entry> entries = knowledge.list(actor, null, MAX_ROWS);
        try {
            Workbook workbook = new Workbook(out, "Tongban", "1.0");
            Worksheet sheet = workbook.newWorksheet(SHEET);
            for (int c = 0; c < COLUMNS.size(); c++) {
                sheet.value(0, c, COLUMNS.get(c));
            }
            for (int r = 0; r < entries.size(); r++) {
                KnowledgeBase.Entry e = entries.get(r);
                List<String> values = List.of(e.key(), e.question(), String.join("\n", e.variants()), e.answerHtml(),
                        String.join(",", e.basicCodes()), e.regionCode(), e.departmentName(), String.join(",", e.tags()),
                        e.validFrom().toString(), e.validTo().toString(), knowledge.label(e.status()));
                for (int c = 0; c < values.size(); c++) {
                    sheet.value(r + 1, c, values.get(c));
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the rows of the first sheet named {@value #SHEET}; all or nothing. */
    @Transactional
    public Report importRows(InputStream in, Actor actor) {
        KnowledgeBase.requireEditor(actor);
        List<String[]> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            var sheet = workbook.findSheet(SHEET);
            if (sheet.isEmpty()) {
                return refused(new BusinessException(KnowledgeError.KNOWLEDGE_EXCEL_SHEET, SHEET));
            }
            List<Row> read = sheet.get().read();
            if (read.isEmpty() || !COLUMNS.get(1).equals(cell(read.get(0), 1))) {
                return refused(new BusinessException(KnowledgeError.KNOWLEDGE_EXCEL_HEADER, String.join("、", COLUMNS)));
            }
            if (read.size() > MAX_ROWS + 1) {
                return refused(new BusinessException(KnowledgeError.KNOWLEDGE_EXCEL_TOO_MANY, MAX_ROWS));
            }
            for (Row row : read.subList(1, read.size())) {
                String[] cells = new String[COLUMNS.size()];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = cell(row, c);
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            return refused(new BusinessException(KnowledgeError.KNOWLEDGE_EXCEL_NOT_XLSX));
        }
        List<RowProblem> problems = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        int[] counts = new int[2];
        for (int i = 0; i < rows.size(); i++) {
            String[] c = rows.get(i);
            if (Arrays.stream(c).allMatch(String::isEmpty)) {
                continue;
            }
            int rowNumber = i + 2;
            try {
                var draft = KnowledgeBase.Draft.fromText(c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9]);
                knowledge.check(draft, actor);
                String key = c[0];
                if (key.isEmpty()) {
                    writes.add(() -> knowledge.create(draft, actor));
                    counts[0]++;
                } else {
                    var existing = knowledge.find(key).orElseThrow(() -> new BusinessException(KnowledgeError.KNOWLEDGE_NOT_FOUND));
                    if (existing.status() != KnowledgeBase.Status.DRAFT) {
                        throw new BusinessException(KnowledgeError.KNOWLEDGE_NOT_DRAFT);
                    }
                    writes.add(() -> knowledge.update(key, draft, actor));
                    counts[1]++;
                }
            } catch (BusinessException e) {
                problems.add(new RowProblem(rowNumber, e));
            }
        }
        if (!problems.isEmpty()) {
            return new Report(0, 0, problems);
        }
        writes.forEach(Runnable::run);
        return new Report(counts[0], counts[1], List.of());
    }

    private static Report refused(BusinessException problem) {
        return new Report(0, 0, List.of(new RowProblem(1, problem)));
    }

    private static String cell(Row row, int index) {
        if (index >= row.getCellCount()) {
            return "";
        }
        String text = row.getCellText(index);
        return text == null ? "" : text.strip();
    }
}
