package org.tongban.application;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.casework.CaseNumber;
import org.tongban.casework.CaseQueries;
import org.tongban.casework.CaseStatus;
import org.tongban.document.DocumentError;
import org.tongban.document.MaterialInspector;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;

/**
 * Materials in the browser: each page of a PDF or an image is rendered on the server as a PNG of fixed
 * width, so staff read it in place without a plug-in and pin notes to a point of it (在线批注) with a plain
 * form (an image button sends the point clicked). Only those who may see the case see its materials.
 */
@Service
public class MaterialViewer {

    /** Pages are rendered this many pixels wide; a pin's pixel position divides by it. */
    public static final int WIDTH = 800;
    private static final int MAX_PAGES = 200;

    private final CaseQueries cases;
    private final UploadedFiles uploads;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    MaterialViewer(CaseQueries cases, UploadedFiles uploads, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.cases = cases;
        this.uploads = uploads;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A material of a case, with its page count and the notes pinned to it that the reader may see. */
    public record Material(String caseNumber, String fileId, String name, String mediaType, int pages,
            List<Annotation> annotations) {
    }

    /** A note pinned to a page; {@code x} and {@code y} are per cent of the page's width and height. */
    public record Annotation(long id, int page, BigDecimal x, BigDecimal y, String note, boolean forCorrection,
            String authorRole, Instant createdAt) {
    }

    /** A rendered page: PNG bytes and its height in pixels (the width is {@link #WIDTH}). */
    public record Page(byte[] png, int height) {
    }

    @Transactional(readOnly = true)
    public Material material(String caseNumber, String fileId, Actor actor) {
        CaseQueries.CaseView view = cases.view(CaseNumber.of(caseNumber), actor);
        var content = open(view, fileId);
        var upload = content.upload();
        int pages = 1;
        if (MaterialInspector.PDF.equals(upload.mediaType())) {
            try (InputStream in = content.stream(); PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
                pages = Math.min(pdf.getNumberOfPages(), MAX_PAGES);
            } catch (IOException e) {
                throw new BusinessException(DocumentError.FILE_PDF_MALFORMED);
            }
        } else {
            close(content);
        }
        boolean staff = actor.isStaff();
        boolean correctionRequested = view.timeline().stream().anyMatch(t -> "request-correction".equals(t.step()));
        List<Annotation> notes = jdbc.sql("select id, page, x, y, note, for_correction, author_role, created_at "
                + "from material_annotation where case_number = ? and file_id = ? order by page, id")
                .params(caseNumber, fileId)
                .query((rs, n) -> new Annotation(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                        rs.getString(5), rs.getBoolean(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                .list().stream().filter(a -> staff || (a.forCorrection() && correctionRequested)).toList();
        return new Material(caseNumber, fileId, upload.name(), upload.mediaType(), pages, notes);
    }

    /**
     * The height in pixels page {@code page} is rendered at (its width being {@link #WIDTH}), read from the
     * PDF's page box or the image's header without drawing anything.
     */
    @Transactional(readOnly = true)
    public int pageHeight(String caseNumber, String fileId, int page, Actor actor) {
        var content = open(cases.view(CaseNumber.of(caseNumber), actor), fileId);
        try (InputStream in = content.stream()) {
            if (MaterialInspector.PDF.equals(content.upload().mediaType())) {
                try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
                    if (page < 1 || page > Math.min(pdf.getNumberOfPages(), MAX_PAGES)) {
                        throw BusinessException.onField("page", CommonError.INVALID_INPUT);
                    }
                    var box = pdf.getPage(page - 1).getMediaBox();
                    return scaledHeight(box.getWidth(), box.getHeight());
                }
            }
            try (var images = ImageIO.createImageInputStream(in)) {
                var readers = ImageIO.getImageReaders(images);
                if (page != 1 || !readers.hasNext()) {
                    throw BusinessException.onField("page", CommonError.INVALID_INPUT);
                }
                var reader = readers.next();
                try {
                    reader.setInput(images);
                    return scaledHeight(reader.getWidth(0), reader.getHeight(0));
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException e) {
            throw new BusinessException(DocumentError.FILE_PDF_MALFORMED);
        }
    }

    /** Page {@code page} (from 1) of the material as a PNG {@link #WIDTH} pixels wide. */
    @Transactional(readOnly = true)
    public Page page(String caseNumber, String fileId, int page, Actor actor) {
        CaseQueries.CaseView view = cases.view(CaseNumber.of(caseNumber), actor);
        var content = open(view, fileId);
        try (InputStream in = content.stream()) {
            BufferedImage image;
            if (MaterialInspector.PDF.equals(content.upload().mediaType())) {
                try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
                    if (page < 1 || page > Math.min(pdf.getNumberOfPages(), MAX_PAGES)) {
                        throw BusinessException.onField("page", CommonError.INVALID_INPUT);
                    }
                    float points = pdf.getPage(page - 1).getMediaBox().getWidth();
                    image = new PDFRenderer(pdf).renderImage(page - 1, WIDTH / points);
                }
            } else {
                if (page != 1) {
                    throw BusinessException.onField("page", CommonError.INVALID_INPUT);
                }
                image = ImageIO.read(in);
                if (image == null) {
                    throw new BusinessException(DocumentError.FILE_IMAGE_MALFORMED);
                }
            }
            BufferedImage scaled = scaled(image);
            var out = new ByteArrayOutputStream();
            ImageIO.write(scaled, "png", out);
            return new Page(out.toByteArray(), scaled.getHeight());
        } catch (IOException e) {
            throw new BusinessException(DocumentError.FILE_PDF_MALFORMED);
        }
    }

    /**
     * Pins a note at pixel ({@code px}, {@code py}) of page {@code page} rendered {@code pageHeight} pixels
     * high. Staff who may see the case only; notes for the correction notice only before a correction is
     * requested (while the case waits for intake).
     */
    @Transactional
    public Annotation annotate(String caseNumber, String fileId, int page, int px, int py, int pageHeight, String note,
            boolean forCorrection, Actor actor) {
        if (!actor.isStaff()) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        CaseQueries.CaseView view = cases.view(CaseNumber.of(caseNumber), actor);
        Material material = material(caseNumber, fileId, actor);
        var check = new InputCheck();
        String text = check.required("note", note, 500);
        if (page < 1 || page > material.pages()) {
            check.add("page", CommonError.INVALID_INPUT);
        }
        if (px < 0 || px > WIDTH || py < 0 || pageHeight <= 0 || py > pageHeight) {
            check.add("pin", CommonError.INVALID_INPUT);
        }
        check.throwIfAny();
        boolean correction = forCorrection && view.status() == CaseStatus.SUBMITTED;
        BigDecimal x = percent(px, WIDTH);
        BigDecimal y = percent(py, pageHeight);
        Instant now = clock.instant();
        jdbc.sql("insert into material_annotation (case_number, file_id, page, x, y, note, for_correction, author, "
                + "author_role, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseNumber, fileId, page, x, y, text, correction, actor.username(), actor.primaryRole(),
                        Timestamp.from(now)).update();
        audit.record(actor, "MATERIAL_ANNOTATED", "case", caseNumber, "file=" + fileId + " page=" + page);
        long id = jdbc.sql("select max(id) from material_annotation where case_number = ? and author = ?")
                .params(caseNumber, actor.username()).query(Long.class).single();
        return new Annotation(id, page, x, y, text, correction, actor.primaryRole(), now);
    }

    /** The bytes of a material of a case the actor may see (404 otherwise, and for files not of this case). */
    @Transactional(readOnly = true)
    public UploadedFiles.Content file(String caseNumber, String fileId, Actor actor) {
        return open(cases.view(CaseNumber.of(caseNumber), actor), fileId);
    }

    private UploadedFiles.Content open(CaseQueries.CaseView view, String fileId) {
        boolean listed = false;
        for (var m : view.materials()) {
            listed |= fileId != null && fileId.equals(m.path("fileId").asString(""));
        }
        return (listed ? uploads.open(fileId) : Optional.<UploadedFiles.Content>empty())
                .orElseThrow(() -> new BusinessException(ApplicationError.UPLOAD_NOT_FOUND));
    }

    private static void close(UploadedFiles.Content content) {
        try {
            content.stream().close();
        } catch (IOException e) {
            // nothing was read
        }
    }

    private static int scaledHeight(float width, float height) {
        return Math.max(1, Math.round(height * (WIDTH / width)));
    }

    private static BufferedImage scaled(BufferedImage image) {
        int height = scaledHeight(image.getWidth(), image.getHeight());
        BufferedImage target = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, WIDTH, height, Color.WHITE, null);
        g.dispose();
        return target;
    }

    private static BigDecimal percent(int value, int total) {
        return BigDecimal.valueOf(value * 100.0 / total).setScale(2, RoundingMode.HALF_UP);
    }
}
