package org.tongban.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;
import org.tongban.shared.BusinessException;

/** Every fixture is built here, from bytes or with PDFBox and ImageIO: no binary file is committed. */
class MaterialInspectorTest {

    private static final Set<String> ALL = MaterialInspector.SUPPORTED_TYPES;
    private static final Set<String> PDF_ONLY = Set.of(MaterialInspector.PDF);

    @TempDir
    Path directory;

    private MaterialInspector inspector;

    @BeforeEach
    void setUp() {
        inspector = new MaterialInspector(new FileStoreProperties(directory, DataSize.ofMegabytes(10)));
    }

    // ---- happy paths

    @Test
    void acceptsAPlainPdf() throws IOException {
        assertThat(inspector.inspect("营业执照.pdf", "application/pdf", pdf(), ALL)).isEqualTo(MaterialInspector.PDF);
    }

    @Test
    void acceptsPngAndJpegWrittenByImageIo() throws IOException {
        assertThat(inspector.inspect("photo.png", "image/png", image("png"), ALL)).isEqualTo(MaterialInspector.PNG);
        assertThat(inspector.inspect("photo.jpg", "image/jpeg", image("jpg"), ALL)).isEqualTo(MaterialInspector.JPEG);
    }

    @Test
    void theDetectedTypeWinsOverTheNameAndTheDeclaredType() throws IOException {
        assertThat(inspector.inspect("scan.pdf", "application/pdf", image("png"), ALL))
                .isEqualTo(MaterialInspector.PNG);
        assertThat(inspector.inspect("photo.jpg", "image/jpeg", pdf(), ALL)).isEqualTo(MaterialInspector.PDF);
    }

    @Test
    void acceptsANameOfTwoHundredCharacters() throws IOException {
        String name = "证".repeat(196) + ".pdf";
        assertThat(inspector.inspect(name, null, pdf(), ALL)).isEqualTo(MaterialInspector.PDF);
    }

    // ---- name, emptiness, size

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd.pdf", "..\\..\\boot.ini", "a/b.pdf", "..", ".", " ", "",
            "scan\u0000.pdf", "scan\n.pdf", "invoice\u202Efdp.exe"})
    void refusesUnsafeNames(String name) throws IOException {
        byte[] pdf = pdf();
        assertRefused(() -> inspector.inspect(name, "application/pdf", pdf, ALL), DocumentError.FILE_NAME_INVALID);
    }

    @Test
    void refusesANameLongerThanTwoHundredCharacters() throws IOException {
        byte[] pdf = pdf();
        String name = "a".repeat(197) + ".pdf";
        assertThatThrownBy(() -> inspector.inspect(name, null, pdf, ALL))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(DocumentError.FILE_NAME_INVALID);
                    assertThat(e.arguments()).containsExactly("200");
                });
        assertRefused(() -> inspector.inspect(null, null, pdf, ALL), DocumentError.FILE_NAME_INVALID);
    }

    @Test
    void refusesAnEmptyFile() {
        assertRefused(() -> inspector.inspect("scan.pdf", "application/pdf", new byte[0], ALL),
                DocumentError.FILE_EMPTY);
        assertRefused(() -> inspector.inspect("scan.pdf", "application/pdf", null, ALL), DocumentError.FILE_EMPTY);
    }

    @Test
    void refusesAFileAboveTheLimitAndNamesTheLimit() {
        byte[] oversize = new byte[(int) DataSize.ofMegabytes(10).toBytes() + 1];
        oversize[0] = '%';
        assertThatThrownBy(() -> inspector.inspect("scan.pdf", "application/pdf", oversize, ALL))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(DocumentError.FILE_TOO_LARGE);
                    assertThat(e.arguments()).containsExactly("10 MB");
                });
    }

    // ---- types

    @Test
    void refusesATypeThatIsNotAllowedAndNamesTheAllowedOnes() throws IOException {
        byte[] png = image("png");
        assertThatThrownBy(() -> inspector.inspect("scan.pdf", "application/pdf", png, PDF_ONLY))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(DocumentError.FILE_TYPE_NOT_ALLOWED);
                    assertThat(e.arguments()).containsExactly("PDF");
                });
        byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> inspector.inspect("scan.pdf", "application/pdf", html, ALL),
                DocumentError.FILE_TYPE_NOT_ALLOWED);
        byte[] text = "身份证号码 370000000000000000".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> inspector.inspect("photo.jpg", "image/jpeg", text, ALL),
                DocumentError.FILE_TYPE_NOT_ALLOWED);
    }

    @Test
    void refusesAWindowsProgramNamedLikeAPdf() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        System.arraycopy(new byte[] {'P', 'E', 0, 0, 0x4C, 0x01}, 0, exe, 0x80, 6);
        assertRefused(() -> inspector.inspect("scan.pdf", "application/pdf", exe, ALL),
                DocumentError.FILE_EXECUTABLE);
    }

    @Test
    void refusesAProgramAndNamesWhatIsAllowedInstead() {
        byte[] elf = bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0);
        assertThatThrownBy(() -> inspector.inspect("photo.jpg", null, elf, Set.of(MaterialInspector.JPEG,
                MaterialInspector.PNG))).isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(DocumentError.FILE_EXECUTABLE);
                    assertThat(e.arguments()).containsExactly("JPG / PNG");
                });
    }

    @Test
    void refusesElfMachOAndJavaClassFiles() {
        byte[] elf = new byte[64];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        elf[16] = 2;
        assertRefused(() -> inspector.inspect("photo.png", "image/png", elf, ALL), DocumentError.FILE_EXECUTABLE);
        byte[] machO = bytes(0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1, 3, 0, 0, 0, 2, 0, 0, 0);
        assertRefused(() -> inspector.inspect("photo.png", null, machO, ALL), DocumentError.FILE_EXECUTABLE);
        byte[] classFile = bytes(0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 61, 0, 10);
        assertRefused(() -> inspector.inspect("scan.pdf", null, classFile, ALL), DocumentError.FILE_EXECUTABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#!/bin/sh\nrm -rf /\n", "#!/usr/bin/env python3\nprint(1)\n", "\uFEFF#!/bin/bash\nid\n",
            "@echo off\r\ndel /q C:\\*\r\n"})
    void refusesScripts(String script) {
        byte[] content = script.getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> inspector.inspect("scan.pdf", "application/pdf", content, ALL),
                DocumentError.FILE_EXECUTABLE);
    }

    @Test
    void refusesAJarAsAProgramNotAsAnArchive() throws IOException {
        byte[] jar = zip(Map.of("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8),
                "Evil.class", bytes(0xCA, 0xFE, 0xBA, 0xBE)));
        assertRefused(() -> inspector.inspect("scan.pdf", null, jar, ALL), DocumentError.FILE_EXECUTABLE);
    }

    @Test
    void refusesAWindowsInstaller() {
        byte[] msi = new byte[1024];
        System.arraycopy(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), 0, msi, 0, 8);
        msi[0x1E] = 9;
        // directory starts at sector 0, so the root entry is at 512 and its CLSID at 512 + 0x50
        System.arraycopy(bytes(0x84, 0x10, 0x0C, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00,
                0x00, 0x46), 0, msi, 512 + 0x50, 16);
        assertRefused(() -> inspector.inspect("scan.pdf", null, msi, ALL), DocumentError.FILE_EXECUTABLE);
    }

    @Test
    void refusesAZipNamedLikeAPhoto() throws IOException {
        byte[] zip = zip(Map.of("scan.pdf", pdf()));
        assertRefused(() -> inspector.inspect("photo.jpg", "image/jpeg", zip, ALL), DocumentError.FILE_ARCHIVE);
    }

    @Test
    void refusesAZipBombWithoutInflatingIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("zeros.pdf"));
            byte[] megabyte = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(megabyte);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertRefused(() -> inspector.inspect("scan.pdf", null, bomb, ALL), DocumentError.FILE_ARCHIVE);
    }

    @Test
    void refusesGzipAndOtherArchives() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(pdf());
        }
        byte[] gzip = out.toByteArray();
        assertRefused(() -> inspector.inspect("scan.pdf", null, gzip, ALL), DocumentError.FILE_ARCHIVE);
        byte[] tar = new byte[1024];
        tar[0] = 'a';
        System.arraycopy("ustar\u000000".getBytes(StandardCharsets.US_ASCII), 0, tar, 257, 8);
        for (byte[] archive : new byte[][] {
                tar,
                bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C, 0, 4, 0, 0, 0, 0),
                bytes('R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00, 0, 0, 0, 0),
                bytes('B', 'Z', 'h', '9', '1', 'A', 'Y', '&', 'S', 'Y'),
                bytes(0xFD, '7', 'z', 'X', 'Z', 0x00, 0x00, 0x04),
                bytes(0x28, 0xB5, 0x2F, 0xFD, 0, 0, 0, 0)}) {
            assertRefused(() -> inspector.inspect("scan.pdf", null, archive, ALL), DocumentError.FILE_ARCHIVE);
        }
    }

    // ---- PDF

    @Test
    void refusesAPdfThatRunsJavaScriptWhenOpened() throws IOException {
        byte[] pdf = pdf(document -> document.getDocumentCatalog()
                .setOpenAction(new PDActionJavaScript("app.alert('hello');")));
        assertRefused(() -> inspector.inspect("scan.pdf", null, pdf, ALL), DocumentError.FILE_PDF_ACTIVE_CONTENT);
    }

    @Test
    void findsJavaScriptInAPdfWithAClassicCrossReferenceTable() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1);"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out, CompressParameters.NO_COMPRESSION);
            pdf = out.toByteArray();
        }
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("/JavaScript").doesNotContain("/ObjStm");
        byte[] uncompressed = pdf;
        assertRefused(() -> inspector.inspect("scan.pdf", null, uncompressed, ALL),
                DocumentError.FILE_PDF_ACTIVE_CONTENT);
    }

    @Test
    void refusesAPdfWithAJavaScriptNameTree() throws IOException {
        byte[] pdf = pdf(document -> {
            PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
            scripts.setNames(Map.of("init", new PDActionJavaScript("this.print();")));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setJavascript(scripts);
            document.getDocumentCatalog().setNames(names);
        });
        assertRefused(() -> inspector.inspect("scan.pdf", null, pdf, ALL), DocumentError.FILE_PDF_ACTIVE_CONTENT);
    }

    @Test
    void refusesAPdfWithAJavaScriptLink() throws IOException {
        byte[] pdf = pdf(document -> {
            PDAnnotationLink link = new PDAnnotationLink();
            link.setRectangle(new PDRectangle(10, 10, 100, 20));
            link.setAction(new PDActionJavaScript("app.launchURL('http://example.invalid');"));
            document.getPage(0).getAnnotations().add(link);
        });
        assertRefused(() -> inspector.inspect("scan.pdf", null, pdf, ALL), DocumentError.FILE_PDF_ACTIVE_CONTENT);
    }

    @Test
    void refusesAPdfThatLaunchesAProgram() throws IOException {
        byte[] pdf = pdf(document -> {
            PDActionLaunch launch = new PDActionLaunch();
            launch.setF("cmd.exe");
            document.getDocumentCatalog().setOpenAction(launch);
        });
        assertRefused(() -> inspector.inspect("scan.pdf", null, pdf, ALL), DocumentError.FILE_PDF_ACTIVE_CONTENT);
    }

    @Test
    void refusesAPdfWithAnEmbeddedFile() throws IOException {
        byte[] pdf = pdf(document -> {
            PDEmbeddedFile data = new PDEmbeddedFile(document,
                    new ByteArrayInputStream(bytes('M', 'Z', 0x90, 0)));
            PDComplexFileSpecification file = new PDComplexFileSpecification();
            file.setFile("readme.exe");
            file.setEmbeddedFile(data);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("readme.exe", file));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        });
        assertRefused(() -> inspector.inspect("scan.pdf", null, pdf, ALL), DocumentError.FILE_PDF_ACTIVE_CONTENT);
    }

    @Test
    void refusesAnEncryptedPdf() throws IOException {
        byte[] withPassword = pdf(document -> protect(document, "owner-secret", "user-secret"));
        assertRefused(() -> inspector.inspect("scan.pdf", null, withPassword, ALL),
                DocumentError.FILE_PDF_ENCRYPTED);
        byte[] restricted = pdf(document -> protect(document, "owner-secret", ""));
        assertRefused(() -> inspector.inspect("scan.pdf", null, restricted, ALL), DocumentError.FILE_PDF_ENCRYPTED);
    }

    @Test
    void refusesATruncatedOrGarbagePdf() {
        byte[] garbage = "%PDF-1.7\n%\u00e2\u00e3\nthis is not a pdf at all ]]>> obj endobj 1 0 R trailer"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(() -> inspector.inspect("scan.pdf", null, garbage, ALL), DocumentError.FILE_PDF_MALFORMED);
    }

    @Test
    void refusesAPdfWithoutPages() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.save(out);
        }
        byte[] empty = out.toByteArray();
        assertRefused(() -> inspector.inspect("scan.pdf", null, empty, ALL), DocumentError.FILE_PDF_MALFORMED);
    }

    @Test
    void refusesAPdfWhoseStreamsInflateBeyondTheBudget() throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (OutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] megabyte = new byte[1024 * 1024];
            for (long written = 0; written <= MaterialInspector.PDF_INFLATION_BUDGET; written += megabyte.length) {
                out.write(megabyte);
            }
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.write(("%PDF-1.7\n1 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length "
                + deflated.size() + " >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
        deflated.writeTo(pdf);
        pdf.write("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        byte[] bomb = pdf.toByteArray();
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        assertThat(MaterialInspector.inflatesBeyondBudget(bomb)).isTrue();
        assertThat(MaterialInspector.inflatesBeyondBudget(pdf())).isFalse();
        assertRefused(() -> inspector.inspect("scan.pdf", null, bomb, ALL), DocumentError.FILE_PDF_MALFORMED);
    }

    // ---- images

    @Test
    void refusesAPngWhoseHeaderClaimsAHugeImageBeforeDecodingIt() {
        byte[] png = pngHeader(100_000, 100_000);
        assertThatThrownBy(() -> inspector.inspect("photo.png", "image/png", png, ALL))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(DocumentError.FILE_IMAGE_TOO_LARGE);
                    assertThat(e.arguments()).containsExactly("12000", "8000");
                });
        byte[] wide = pngHeader(12_001, 10);
        assertRefused(() -> inspector.inspect("photo.png", null, wide, ALL), DocumentError.FILE_IMAGE_TOO_LARGE);
        byte[] manyPixels = pngHeader(10_000, 9_000);
        assertRefused(() -> inspector.inspect("photo.png", null, manyPixels, ALL),
                DocumentError.FILE_IMAGE_TOO_LARGE);
    }

    @Test
    void refusesAPngThatCannotBeDecoded() throws IOException {
        byte[] headerOnly = pngHeader(100, 100);
        assertRefused(() -> inspector.inspect("photo.png", null, headerOnly, ALL),
                DocumentError.FILE_IMAGE_MALFORMED);
        byte[] png = image("png");
        byte[] truncated = Arrays.copyOf(png, png.length / 2);
        assertRefused(() -> inspector.inspect("photo.png", null, truncated, ALL),
                DocumentError.FILE_IMAGE_MALFORMED);
    }

    @Test
    void refusesATruncatedJpeg() throws IOException {
        byte[] jpeg = image("jpg");
        byte[] truncated = Arrays.copyOf(jpeg, jpeg.length / 2);
        assertRefused(() -> inspector.inspect("photo.jpg", null, truncated, ALL),
                DocumentError.FILE_IMAGE_MALFORMED);
        byte[] headerOnly = bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0);
        assertRefused(() -> inspector.inspect("photo.jpg", null, headerOnly, ALL),
                DocumentError.FILE_IMAGE_MALFORMED);
    }

    // ---- programming errors

    @Test
    void allowedTypesMustBeSupportedOnes() throws IOException {
        byte[] pdf = pdf();
        assertThatIllegalArgumentException().isThrownBy(() -> inspector.inspect("a.pdf", null, pdf, Set.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> inspector.inspect("a.pdf", null, pdf, Set.of("application/zip")));
    }

    // ---- fixtures

    private static void assertRefused(ThrowingCallable call, DocumentError code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private interface DocumentChange {
        void apply(PDDocument document) throws IOException;
    }

    private static byte[] pdf() throws IOException {
        return pdf(document -> { });
    }

    /** A one-page A4 PDF with a line of text, changed by {@code change} before it is saved. */
    private static byte[] pdf(DocumentChange change) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 760);
                content.showText("Business licence");
                content.endText();
            }
            change.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void protect(PDDocument document, String ownerPassword, String userPassword) throws IOException {
        StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword,
                new AccessPermission());
        policy.setEncryptionKeyLength(256);
        document.protect(policy);
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 320, 200);
        graphics.setColor(new Color(0x1d4f91));
        graphics.fillOval(40, 30, 240, 140);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /** A PNG signature and an IHDR chunk (8-bit RGB) with a correct CRC, then IEND: no pixel data. */
    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'));
        out.writeBytes(chunk("IHDR", ihdr.array()));
        out.writeBytes(chunk("IEND", new byte[0]));
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
