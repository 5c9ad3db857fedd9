package org.tongban.document;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.modulith.NamedInterface;

/**
 * The Chinese font case documents are drawn in: the file named by {@code tongban.documents.font}, else
 * WenQuanYi Micro Hei, which ships in the artifact ({@value #SHIPPED}), so documents render on a machine with
 * only a JDK. A configured font counts only if PDFBox can embed it (TrueType outlines: CFF faces such as Noto
 * CJK's are skipped) and it has the glyphs of {@value #PROBE}; in a collection (.ttc) the first such face is
 * taken. The chosen font is read once and kept as bytes; every document parses it again and embeds a subset,
 * since a {@link PDType0Font} belongs to one document.
 */
@Component
@NamedInterface("pdf")
public class DocumentFonts {

    public static final String PROPERTY = "tongban.documents.font";
    /** Characters every font must be able to draw. */
    static final String PROBE = "通办受理";
    /** The font in the artifact, on the class path (see fonts/README.md for its origin and licence). */
    static final String SHIPPED = "fonts/wqy-microhei.ttc";

    private static final Logger log = LoggerFactory.getLogger(DocumentFonts.class);

    private final String configured;
    private volatile FontFile font;
    private volatile Font awt;

    DocumentFonts(@Value("${" + PROPERTY + ":}") String configured) {
        this.configured = configured;
    }

    /** The name of the face in use. */
    String faceName() {
        return font().face();
    }

    /** The font, parsed for one rendering. Embed it in the document, save the document, then close it. */
    public Face open() {
        FontFile font = font();
        try {
            return font.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the document font " + font.source(), e);
        }
    }

    /**
     * The same font for Java 2D drawing (seal images), at the given size; the face is read once from the
     * font's bytes.
     */
    public Font drawing(float size) {
        Font base = awt;
        if (base == null) {
            synchronized (this) {
                base = awt;
                if (base == null) {
                    FontFile file = font();
                    try {
                        Font[] faces = Font.createFonts(new ByteArrayInputStream(file.bytes()));
                        base = Arrays.stream(faces).filter(f -> f.getFontName().equals(file.face())
                                || f.getName().equals(file.face())).findFirst().orElse(faces[0]);
                    } catch (IOException | FontFormatException e) {
                        throw new IllegalStateException("the document font " + file.source() + " cannot be drawn", e);
                    }
                    awt = base;
                }
            }
        }
        return base.deriveFont(size);
    }

    /** Found at the first document, not at start-up: reading and checking 5 MB of font costs start-up time. */
    private FontFile font() {
        FontFile found = font;
        if (found == null) {
            synchronized (this) {
                found = font;
                if (found == null) {
                    found = find(configured);
                    log.info("Case documents use the font {} from {}", found.face(), found.source());
                    font = found;
                }
            }
        }
        return found;
    }

    /** The configured font if it is usable, else the shipped one. */
    static FontFile find(String configured) {
        if (configured != null && !configured.isBlank()) {
            Optional<FontFile> chosen = usable(configured.strip());
            if (chosen.isPresent()) {
                return chosen.get();
            }
            log.warn("{}={} is not a readable font with TrueType outlines and Chinese glyphs (CFF fonts such as "
                    + "Noto CJK cannot be embedded); using the shipped {}", PROPERTY, configured.strip(), SHIPPED);
        }
        try (InputStream in = new ClassPathResource(SHIPPED).getInputStream()) {
            return usable("classpath:" + SHIPPED, in.readAllBytes())
                    .orElseThrow(() -> new IllegalStateException(SHIPPED + " cannot be embedded"));
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped font " + SHIPPED + " is missing from the artifact", e);
        }
    }

    /** The file's first face that PDFBox can embed and that has the probe's glyphs, read into memory. */
    static Optional<FontFile> usable(String file) {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            return Optional.empty();
        }
        try {
            return usable(path.toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<FontFile> usable(String source, byte[] bytes) {
        String magic = new String(bytes, 0, Math.min(4, bytes.length), StandardCharsets.ISO_8859_1);
        try {
            if ("OTTO".equals(magic)) {
                return Optional.empty();
            }
            if (!"ttcf".equals(magic)) {
                try (TrueTypeFont single = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                    return embeddable(single)
                            ? Optional.of(new FontFile(source, single.getName(), bytes, false))
                            : Optional.empty();
                }
            }
            try (TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(bytes))) {
                List<String> faces = new ArrayList<>();
                collection.processAllFonts(face -> {
                    if (faces.isEmpty() && embeddable(face)) {
                        faces.add(face.getName());
                    }
                });
                return faces.stream().findFirst().map(name -> new FontFile(source, name, bytes, true));
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Font {} is not usable for documents", source, e);
            return Optional.empty();
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
    record FontFile(String source, String face, byte[] bytes, boolean collection) {

        Face open() throws IOException {
            if (!collection) {
                TrueTypeFont single = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                return new Face(single, single);
            }
            TrueTypeCollection all = new TrueTypeCollection(new ByteArrayInputStream(bytes));
            TrueTypeFont face = all.getFontByName(this.face);
            if (face == null) {
                all.close();
                throw new IOException("face " + this.face + " vanished from " + source);
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
