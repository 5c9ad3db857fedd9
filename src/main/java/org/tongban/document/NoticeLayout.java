package org.tongban.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.springframework.modulith.NamedInterface;
import org.tongban.shared.TimeConfiguration;

/**
 * Draws a {@link Notice} on A4 pages with PDFBox: the issuer in red over a red rule (红头), the title, the
 * document number, the facts and the body wrapped to the measured width of each line, the issuer and date
 * at the end, a QR code in the foot of the first page and page numbers. It needs a font and nothing else,
 * so it runs without Spring.
 */
@NamedInterface("pdf")
public final class NoticeLayout {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 72;
    private static final float RIGHT = PAGE.getWidth() - 72;
    private static final float WIDTH = RIGHT - LEFT;
    private static final float TOP = PAGE.getHeight() - 64;
    private static final float BOTTOM = 64;
    /** The first page keeps its foot for the QR code. */
    private static final float QR_SIZE = 84;
    private static final float SEAL_SIZE = 112;
    private static final float FIRST_BOTTOM = BOTTOM + QR_SIZE + 34;
    private static final float ISSUER_SIZE = 20;
    private static final float TITLE_SIZE = 22;
    private static final float NUMBER_SIZE = 11;
    private static final float TEXT_SIZE = 12;
    private static final float LEADING = 22;
    private static final float SMALL_SIZE = 8.5f;
    private static final float[] RED = {0.784f, 0.063f, 0.18f};
    private static final float[] GREY = {0.4f, 0.4f, 0.4f};
    /** Characters that must not begin a line: they hang past the right edge instead. */
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’,.;:?!)]}%";

    private final PDDocument document;
    private final PDType0Font font;
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;
    /** Where the issuer's name was set: page index, x and y of the seal's centre. */
    private float[] sealCentre;

    private NoticeLayout(PDDocument document, PDType0Font font) {
        this.document = document;
        this.font = font;
    }

    /** The notice as the bytes of a PDF, drawn in the given face (embedded as a subset). */
    public static byte[] render(Notice notice, DocumentFonts.Face face) throws IOException {
        return render(notice, face, null);
    }

    /**
     * The notice with a seal over the issuer's name and date (盖章), and a file attached to the PDF (a signed
     * license's data, so the PDF alone can be verified); {@code stamp} may be null.
     */
    public static byte[] render(Notice notice, DocumentFonts.Face face, Stamp stamp) throws IOException {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            NoticeLayout layout = new NoticeLayout(document, face.embedIn(document));
            layout.draw(notice);
            if (stamp != null) {
                layout.stamp(stamp);
            }
            describe(document, notice);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void describe(PDDocument document, Notice notice) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(notice.title() + " " + notice.number());
        info.setAuthor(notice.issuer());
        info.setSubject(notice.subject());
        info.setProducer("Tongban");
        info.setCreator("Tongban");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone(TimeConfiguration.ZONE));
        created.setTimeInMillis(notice.created().toEpochMilli());
        info.setCreationDate(created);
        document.getDocumentCatalog().setLanguage("zh-CN");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        document.getDocumentCatalog().setViewerPreferences(preferences);
    }

    private void draw(Notice notice) throws IOException {
        newPage();
        content.setNonStrokingColor(RED[0], RED[1], RED[2]);
        content.setStrokingColor(RED[0], RED[1], RED[2]);
        for (String line : wrap(notice.issuer(), ISSUER_SIZE, WIDTH, WIDTH)) {
            y -= ISSUER_SIZE;
            centered(line, ISSUER_SIZE, true);
            y -= 8;
        }
        y -= 4;
        content.setLineWidth(1.6f);
        content.moveTo(LEFT, y);
        content.lineTo(RIGHT, y);
        content.stroke();
        content.setNonStrokingColor(0f);
        content.setStrokingColor(0f);
        y -= 22;
        for (String line : wrap(notice.title(), TITLE_SIZE, WIDTH, WIDTH)) {
            y -= TITLE_SIZE;
            centered(line, TITLE_SIZE, true);
            y -= 8;
        }
        y -= 6;
        y -= NUMBER_SIZE;
        centered(notice.number(), NUMBER_SIZE, false);
        y -= 18;
        for (Block block : notice.blocks()) {
            block(block);
        }
        signature(notice);
        content.close();
        try (var foot = new PDPageContentStream(document, pages.get(0), PDPageContentStream.AppendMode.APPEND, true,
                true)) {
            content = foot;
            drawQrCode(notice);
        }
        pageNumbers(notice.pageNumbers());
    }

    private void block(Block block) throws IOException {
        switch (block.style()) {
            case RULE -> {
                room(LEADING);
                y -= 8;
                content.setStrokingColor(0.75f);
                content.setLineWidth(0.5f);
                content.moveTo(LEFT, y);
                content.lineTo(RIGHT, y);
                content.stroke();
                content.setStrokingColor(0f);
                y -= 8;
            }
            case PARAGRAPH -> {
                float indent = 2 * width("中", TEXT_SIZE);
                List<String> lines = wrap(block.text(), TEXT_SIZE, WIDTH - indent, WIDTH);
                for (int i = 0; i < lines.size(); i++) {
                    advance();
                    text(LEFT + (i == 0 ? indent : 0), y, lines.get(i), false);
                }
            }
            case FIELD, LABELLED, ITEM -> {
                String label = clean(block.label());
                boolean item = block.style() == Style.ITEM;
                float labelWidth = width(label, TEXT_SIZE) + (item ? width(" ", TEXT_SIZE) : 0);
                float start = block.style() == Style.FIELD ? LEFT : LEFT + 2 * width("中", TEXT_SIZE);
                List<String> lines = wrap(block.text(), TEXT_SIZE, RIGHT - start - labelWidth,
                        RIGHT - start - labelWidth);
                for (int i = 0; i < lines.size(); i++) {
                    advance();
                    if (i == 0) {
                        text(start, y, label, TEXT_SIZE, !item);
                    }
                    text(start + labelWidth, y, lines.get(i), false);
                }
            }
        }
    }

    /** The issuer at the right, the date centred under it; kept together on one page. */
    private void signature(Notice notice) throws IOException {
        String issuer = clean(notice.issuer());
        String date = clean(notice.signedOn());
        float issuerWidth = Math.min(width(issuer, TEXT_SIZE), WIDTH);
        room(LEADING * 3.5f);
        y -= LEADING * 1.5f;
        float x = RIGHT - issuerWidth - 2 * width("中", TEXT_SIZE);
        text(Math.max(LEFT, x), y, issuer, TEXT_SIZE, false);
        sealCentre = new float[] {pages.size() - 1, Math.max(LEFT, x) + issuerWidth / 2, y - LEADING / 2};
        y -= LEADING;
        text(Math.max(LEFT, x + (issuerWidth - width(date, TEXT_SIZE)) / 2), y, date, TEXT_SIZE, false);
    }

    /** The seal image centred over the issuer and date, and the attachment in the document's file list. */
    private void stamp(Stamp stamp) throws IOException {
        PDPage page = pages.get((int) sealCentre[0]);
        PDImageXObject image = LosslessFactory.createFromImage(document, ImageIO.read(new ByteArrayInputStream(stamp.png())));
        try (var over = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            float size = SEAL_SIZE;
            over.drawImage(image, Math.min(RIGHT - size, sealCentre[1] - size / 2), sealCentre[2] - size / 2, size, size);
        }
        if (stamp.attachment() != null) {
            PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(stamp.attachment()));
            embedded.setSubtype(stamp.attachmentType());
            embedded.setSize(stamp.attachment().length);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(stamp.attachmentName());
            spec.setFileUnicode(stamp.attachmentName());
            spec.setEmbeddedFile(embedded);
            spec.setEmbeddedFileUnicode(embedded);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of(stamp.attachmentName(), spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        }
    }

    /**
     * The file a PDF of ours carries under this name (see {@link Stamp}), if any: how an uploaded license is
     * read back for verification. Text that is not a PDF has none.
     */
    public static Optional<byte[]> attachment(byte[] pdf, String name) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
            if (names == null || names.getEmbeddedFiles() == null || names.getEmbeddedFiles().getNames() == null) {
                return Optional.empty();
            }
            PDComplexFileSpecification spec = names.getEmbeddedFiles().getNames().get(name);
            if (spec == null || spec.getEmbeddedFile() == null) {
                return Optional.empty();
            }
            return Optional.of(spec.getEmbeddedFile().toByteArray());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The QR code in the foot of the first page, with what it is for and the address it holds. */
    private void drawQrCode(Notice notice) throws IOException {
        QrCode code = QrCode.of(notice.qrText());
        float module = QR_SIZE / code.size();
        float top = BOTTOM + QR_SIZE;
        content.setNonStrokingColor(0f);
        for (int row = 0; row < code.size(); row++) {
            int col = 0;
            while (col < code.size()) {
                if (!code.dark(col, row)) {
                    col++;
                    continue;
                }
                int run = col;
                while (run < code.size() && code.dark(run, row)) {
                    run++;
                }
                content.addRect(LEFT + col * module, top - (row + 1) * module, (run - col) * module, module);
                col = run;
            }
        }
        content.fill();
        float textX = LEFT + QR_SIZE + 16;
        float textWidth = RIGHT - textX;
        float lineY = top - TEXT_SIZE;
        for (String line : wrap(notice.qrCaption(), 10, textWidth, textWidth)) {
            text(textX, lineY, line, 10, false);
            lineY -= 15;
        }
        content.setNonStrokingColor(GREY[0], GREY[1], GREY[2]);
        for (String line : wrap(notice.qrText(), SMALL_SIZE, textWidth, textWidth)) {
            text(textX, lineY, line, SMALL_SIZE, false);
            lineY -= 12;
        }
        content.setNonStrokingColor(0f);
        content.setStrokingColor(0.75f);
        content.setLineWidth(0.5f);
        content.moveTo(LEFT, top + 16);
        content.lineTo(RIGHT, top + 16);
        content.stroke();
        content.setStrokingColor(0f);
    }

    private void pageNumbers(String pattern) throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            try (var foot = new PDPageContentStream(document, pages.get(i), PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                String label = clean(MessageFormat.format(pattern, i + 1, pages.size()));
                foot.setNonStrokingColor(GREY[0], GREY[1], GREY[2]);
                foot.beginText();
                foot.setFont(font, 9);
                foot.newLineAtOffset((PAGE.getWidth() - width(label, 9)) / 2, BOTTOM - 30);
                foot.showText(label);
                foot.endText();
            }
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = TOP;
    }

    /** Starts a new page unless {@code height} more fits above the foot of this one. */
    private void room(float height) throws IOException {
        float bottom = pages.size() == 1 ? FIRST_BOTTOM : BOTTOM;
        if (y - height < bottom) {
            newPage();
        }
    }

    /** Moves to the baseline of the next line of text, on a new page if this one is full. */
    private void advance() throws IOException {
        room(LEADING);
        y -= LEADING;
    }

    private void text(float x, float baseline, String text, boolean bold) throws IOException {
        text(x, baseline, text, TEXT_SIZE, bold);
    }

    private void centered(String text, float size, boolean bold) throws IOException {
        String clean = clean(text);
        text((PAGE.getWidth() - width(clean, size)) / 2, y, clean, size, bold);
    }

    /** Bold is the regular face filled and stroked: Chinese fonts rarely come with a bold face. */
    private void text(float x, float baseline, String text, float size, boolean bold) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.beginText();
        content.setFont(font, size);
        if (bold) {
            content.setRenderingMode(RenderingMode.FILL_STROKE);
            content.setLineWidth(size / 30);
        }
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
        if (bold) {
            content.setRenderingMode(RenderingMode.FILL);
        }
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /**
     * The text broken into lines that fit: the first line in {@code firstWidth}, the others in
     * {@code otherWidth}. Chinese breaks between any two characters; a run of Latin letters and digits
     * stays whole unless it is longer than a line; closing punctuation never starts a line. Line breaks in
     * the text start new lines.
     */
    private List<String> wrap(String text, float size, float firstWidth, float otherWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            float used = 0;
            for (String token : tokens(clean(paragraph))) {
                float available = lines.isEmpty() ? firstWidth : otherWidth;
                float tokenWidth = width(token, size);
                boolean hangs = token.length() == 1 && NO_LINE_START.indexOf(token.charAt(0)) >= 0;
                if (used + tokenWidth <= available || hangs && line.length() > 0) {
                    line.append(token);
                    used += tokenWidth;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    used = 0;
                    available = otherWidth;
                }
                if (token.isBlank()) {
                    continue;
                }
                if (tokenWidth <= available) {
                    line.append(token);
                    used = tokenWidth;
                    continue;
                }
                for (int i = 0; i < token.length(); ) {
                    String ch = new String(Character.toChars(token.codePointAt(i)));
                    i += ch.length();
                    float w = width(ch, size);
                    if (used + w > (lines.isEmpty() ? firstWidth : otherWidth) && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                        used = 0;
                    }
                    line.append(ch);
                    used += w;
                }
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Latin words and numbers as one token each; every other character on its own. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            if (isWordChar(text.charAt(i))) {
                while (i < text.length() && isWordChar(text.charAt(i))) {
                    i++;
                }
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == '/'
                || c == ':' || c == '@');
    }

    /** The text with control characters as spaces and characters the font cannot draw as '?'. */
    private String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.isWhitespace(c)) {
                clean.append(' ');
            } else if (drawable.computeIfAbsent(c, this::canDraw)) {
                clean.appendCodePoint(c);
            } else {
                clean.append('?');
            }
        });
        return clean.toString();
    }

    private boolean canDraw(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The content of one document (a case notice, a blank form…), every text already in Chinese: who issues it, its title and
     * number, the blocks of its body, the date it is signed and what the QR code on its first page holds.
     *
     * @param pageNumbers a {@link MessageFormat} pattern with the page {0} and the page count {1}
     */
    public record Notice(String issuer, String title, String number, List<Block> blocks, String signedOn, String qrText,
            String qrCaption, String pageNumbers, String subject, Instant created) {

        public Notice {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * A seal (PNG, drawn about 4 cm wide as 公章 are) and the file the PDF carries: its name, MIME type and bytes
     * ({@code attachment} may be null).
     */
    public record Stamp(byte[] png, String attachmentName, String attachmentType, byte[] attachment) {
    }

    /** How a block is set. */
    public enum Style {
        /** A fact: a bold label and its value, continued lines aligned after the label. */
        FIELD,
        /** A field of the body (reasons, legal basis): indented like a paragraph, else as a FIELD. */
        LABELLED,
        /** A paragraph whose first line is indented by two characters. */
        PARAGRAPH,
        /** A list item: its number, then the text, continued lines aligned after the number. */
        ITEM,
        /** A thin rule between the facts and the body. */
        RULE
    }

    /** One block of a notice; {@code label} is used by FIELD, LABELLED and ITEM. */
    public record Block(Style style, String label, String text) {

        public static Block field(String label, String text) {
            return new Block(Style.FIELD, label, text);
        }

        public static Block labelled(String label, String text) {
            return new Block(Style.LABELLED, label, text);
        }

        public static Block paragraph(String text) {
            return new Block(Style.PARAGRAPH, null, text);
        }

        public static Block item(String label, String text) {
            return new Block(Style.ITEM, label, text);
        }

        public static Block rule() {
            return new Block(Style.RULE, null, "");
        }
    }
}
