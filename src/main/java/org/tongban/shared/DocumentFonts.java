package org.tongban.shared;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Chinese font case documents are drawn in: the file named by {@code tongban.documents.font}, else the
 * first of some well-known system fonts. A font counts only if PDFBox can embed it (TrueType outlines: CFF
 * faces such as Noto CJK's are skipped) and it has the glyphs of {@value #PROBE}; in a collection (.ttc)
 * the first such face is taken. The chosen file is read once and kept as bytes; every document parses it
 * again and embeds a subset, since a {@link PDType0Font} belongs to one document.
 */
@Component
public class DocumentFonts {

    public static final String PROPERTY = "tongban.documents.font";
    /** Characters every candidate must be able to draw. */
    static final String PROBE = "通办受理";
    /** Where Debian, Fedora, Arch, Windows and macOS keep Chinese fonts; the first usable one wins. */
    static final List<String> WELL_KNOWN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
            "C:/Windows/Fonts/simsun.ttc",
            "C:/Windows/Fonts/msyh.ttc",
            "/System/Library/Fonts/PingFang.ttc",
            "/System/Library/Fonts/STHeiti Light.ttc");

    private static final Logger log = LoggerFactory.getLogger(DocumentFonts.class);

    private final FontFile font;

    DocumentFonts(@Value("${" + PROPERTY + ":}") String configured) {
        this.font = find(configured, WELL_KNOWN).orElse(null);
        if (font == null) {
            log.warn("No Chinese font for case documents (文书): PDFs cannot be rendered. Set {} to a TrueType "
                    + "font file (.ttf or .ttc) with Chinese glyphs, or install the Debian package fonts-wqy-microhei "
                    + "(fonts-noto-cjk ships CFF outlines, which PDFBox cannot embed)", PROPERTY);
        } else {
            log.info("Case documents use the font {} from {}", font.face(), font.path());
        }
    }

    /** A Chinese font was found: documents can be rendered. */
    public boolean available() {
        return font != null;
    }

    /** The name of the face in use, if any. */
    Optional<String> faceName() {
        return Optional.ofNullable(font).map(FontFile::face);
    }

    /**
     * The font, parsed for one rendering. Embed it in the document, save the document, then close it.
     *
     * @throws BusinessException {@link CommonError#DOCUMENT_FONT_MISSING} when no font was found
     */
    public Face open() {
        if (font == null) {
            throw new BusinessException(CommonError.DOCUMENT_FONT_MISSING);
        }
        try {
            return font.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the document font " + font.path(), e);
        }
    }

    /** The configured font, else the first usable well-known one. */
    static Optional<FontFile> find(String configured, List<String> wellKnown) {
        if (configured != null && !configured.isBlank()) {
            Optional<FontFile> chosen = usable(configured.strip());
            if (chosen.isPresent()) {
                return chosen;
            }
            log.warn("{}={} is not a readable font with TrueType outlines and Chinese glyphs (CFF fonts such as "
                    + "Noto CJK cannot be embedded); trying the well-known fonts", PROPERTY, configured.strip());
        }
        return wellKnown.stream().map(DocumentFonts::usable).flatMap(Optional::stream).findFirst();
    }

    /** The first face of the file that PDFBox can embed and that has the probe's glyphs, read into memory. */
    static Optional<FontFile> usable(String file) {
        Path path;
        try {
            path = Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            return Optional.empty();
        }
        try {
            String magic = magic(path);
            if ("OTTO".equals(magic)) {
                return Optional.empty();
            }
            if (!"ttcf".equals(magic)) {
                try (TrueTypeFont single = new TTFParser().parse(new RandomAccessReadBufferedFile(path))) {
                    return embeddable(single)
                            ? Optional.of(new FontFile(path, single.getName(), Files.readAllBytes(path), false))
                            : Optional.empty();
                }
            }
            // Only the headers first: a collection of CFF faces (Noto CJK) is skipped without parsing them.
            List<String> faces = new ArrayList<>();
            TrueTypeCollection.processAllFontHeaders(path.toFile(), headers -> {
                if (headers.getError() == null && !headers.isOpenTypePostScript() && headers.getName() != null) {
                    faces.add(headers.getName());
                }
            });
            if (faces.isEmpty()) {
                return Optional.empty();
            }
            try (TrueTypeCollection collection = new TrueTypeCollection(path.toFile())) {
                for (String name : faces) {
                    TrueTypeFont face = collection.getFontByName(name);
                    if (face != null && embeddable(face)) {
                        return Optional.of(new FontFile(path, name, Files.readAllBytes(path), true));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            log.debug("Font {} is not usable for documents", path, e);
            return Optional.empty();
        }
    }

    /** The first four bytes: "ttcf" for a collection, "OTTO" for CFF outlines, else TrueType outlines. */
    private static String magic(Path path) throws IOException {
        try (var in = Files.newInputStream(path)) {
            return new String(in.readNBytes(4), StandardCharsets.ISO_8859_1);
        }
    }

    /** TrueType outlines, the probe's glyphs in its Unicode cmap, and PDFBox embeds it (licence bits allow it). */
    private static boolean embeddable(TrueTypeFont face) {
        try {
            if (face instanceof OpenTypeFont otf && otf.isPostScript()) {
                return false;
            }
            CmapLookup cmap = face.getUnicodeCmapLookup(false);
            if (cmap == null || !PROBE.codePoints().allMatch(c -> cmap.getGlyphId(c) > 0)) {
                return false;
            }
            try (PDDocument trial = new PDDocument()) {
                PDType0Font.load(trial, face, true).encode(PROBE);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A usable font file in memory, and the face of it to use. */
    record FontFile(Path path, String face, byte[] bytes, boolean collection) {

        Face open() throws IOException {
            if (!collection) {
                TrueTypeFont single = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                return new Face(single, single);
            }
            TrueTypeCollection all = new TrueTypeCollection(new ByteArrayInputStream(bytes));
            TrueTypeFont face = all.getFontByName(this.face);
            if (face == null) {
                all.close();
                throw new IOException("face " + this.face + " vanished from " + path);
            }
            return new Face(all, face);
        }
    }

    /** The font parsed for one rendering; it must stay open until the document is saved. */
    public static final class Face implements Closeable {

        private final Closeable owner;
        private final TrueTypeFont font;

        private Face(Closeable owner, TrueTypeFont font) {
            this.owner = owner;
            this.font = font;
        }

        /** The font as a subset-embedded Type 0 font of this document. */
        public PDType0Font embedIn(PDDocument document) throws IOException {
            return PDType0Font.load(document, font, true);
        }

        @Override
        public void close() throws IOException {
            owner.close();
        }
    }
}
