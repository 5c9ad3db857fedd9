package org.tongban.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.springframework.stereotype.Component;
import org.tongban.shared.BusinessException;
import org.springframework.modulith.NamedInterface;

/**
 * Decides whether an uploaded material may be stored, and as what. The type is detected from the bytes
 * (magic numbers, with Apache Tika); neither the file name nor the content type the browser declared takes
 * part in any decision, so a program renamed {@code scan.pdf} is refused like any other program. The checks
 * run in this order and the first failure is thrown as a {@link BusinessException} with an
 * {@link DocumentError}:
 *
 * <ol>
 *   <li>{@code FILE_NAME_INVALID}: the name is blank, longer than {@value #MAX_NAME_LENGTH} characters, is
 *       {@code .} or {@code ..}, or holds {@code /}, {@code \}, control or invisible formatting characters
 *       (such as the right-to-left override that makes {@code exe.pdf} look like {@code fdp.exe});</li>
 *   <li>{@code FILE_EMPTY}, {@code FILE_TOO_LARGE} ({@code tongban.files.max-size});</li>
 *   <li>{@code FILE_EXECUTABLE}: PE (exe, dll), ELF, Mach-O, Java class files, jar/war/ear/apk, Android dex,
 *       WebAssembly, Windows Installer (msi, msp, mst), {@code #!} scripts, batch, shell, Perl, Python,
 *       VBScript and JavaScript;</li>
 *   <li>{@code FILE_ARCHIVE}: zip, rar, 7z, gzip, tar, bzip2, xz, zstd, lzma, lz4, cab, cpio, ar, iso and
 *       similar. Archives are refused without being opened, which also defeats zip bombs;</li>
 *   <li>{@code FILE_TYPE_NOT_ALLOWED}: the detected type is not among the allowed ones;</li>
 *   <li>for a PDF: {@code FILE_PDF_MALFORMED}, {@code FILE_PDF_ENCRYPTED}, {@code FILE_PDF_ACTIVE_CONTENT}
 *       (see {@link #inspectPdf});</li>
 *   <li>for a JPEG or PNG: {@code FILE_IMAGE_TOO_LARGE} (read from the header before any pixel is decoded),
 *       then {@code FILE_IMAGE_MALFORMED} (see {@link #inspectImage}).</li>
 * </ol>
 */
@Component
@NamedInterface("files")
public class MaterialInspector {

    /** A PDF document. */
    public static final String PDF = "application/pdf";
    /** A JPEG image. */
    public static final String JPEG = "image/jpeg";
    /** A PNG image. */
    public static final String PNG = "image/png";
    /** Every type a material can have; an allowed set is a subset of this. */
    public static final Set<String> SUPPORTED_TYPES = Set.of(PDF, JPEG, PNG);

    /** The longest file name, in characters (code points). */
    public static final int MAX_NAME_LENGTH = 200;
    /** The widest or highest image, in pixels. */
    public static final int MAX_IMAGE_SIDE = 12_000;
    /** The most pixels an image may have. */
    public static final long MAX_IMAGE_PIXELS = 80_000_000L;

    /** PDFBox's scratch memory for one document (it never spills to temporary files). */
    static final long PDF_SCRATCH_MEMORY = 64L * 1024 * 1024;
    /** The most bytes all Flate streams of one PDF may inflate to before it is refused as malformed. */
    static final long PDF_INFLATION_BUDGET = 256L * 1024 * 1024;
    /** The most dictionaries and arrays visited when looking for active content. */
    static final int PDF_MAX_NODES = 1_000_000;
    /** Images are decoded subsampled to about this many pixels: every byte is read, little memory is used. */
    static final long IMAGE_CHECK_PIXELS = 4_000_000L;

    private static final Map<String, String> LABELS = labels();

    private static final Set<MediaType> EXECUTABLE_TYPES = mediaTypes(
            "application/x-msdownload", "application/x-dosexec", "application/x-msdos-program",
            "application/vnd.microsoft.portable-executable", "application/x-elf", "application/x-mach-o",
            "application/x-mach-o-universal", "application/x-java-jnilib", "application/java-vm",
            "application/java-archive", "application/x-tika-java-enterprise-archive",
            "application/x-tika-java-web-archive", "application/vnd.android.package-archive", "application/x-dex",
            "application/x-java-pack200", "application/x-java-jnlp-file", "application/wasm",
            "application/x-ms-installer", "application/x-sh", "application/x-csh", "application/x-bat",
            "text/x-perl", "text/x-python", "text/x-vbscript", "text/javascript", "application/javascript",
            "application/x-ms-shortcut");

    private static final Set<MediaType> ARCHIVE_TYPES = mediaTypes(
            "application/gzip", "application/x-bzip", "application/x-bzip2", "application/x-xz",
            "application/x-7z-compressed", "application/x-rar-compressed", "application/vnd.rar", "application/x-tar",
            "application/x-gtar", "application/zstd", "application/x-lzma", "application/x-lzip", "application/x-lz4",
            "application/x-compress", "application/x-lha", "application/x-lharc", "application/vnd.ms-cab-compressed",
            "application/x-cpio", "application/x-archive", "application/x-arj", "application/x-ace-compressed",
            "application/x-stuffit", "application/x-stuffitx", "application/x-apple-diskimage",
            "application/x-iso9660-image", "application/x-xar", "application/x-zoo", "application/x-snappy-framed",
            "application/x-brotli");

    private static final MediaType ZIP = MediaType.parse("application/zip");
    private static final MediaType OLE = MediaType.parse("application/x-tika-msoffice");

    private static final COSName LAUNCH = COSName.getPDFName("Launch");
    private static final COSName RICH_MEDIA = COSName.getPDFName("RichMedia");
    private static final COSName RICH_MEDIA_EXECUTE = COSName.getPDFName("RichMediaExecute");
    private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
    private static final Set<COSName> ACTIVE_ACTIONS = Set.of(COSName.JAVA_SCRIPT, LAUNCH, RICH_MEDIA_EXECUTE);

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);

    private final long maxBytes;
    private final String maxSizeText;
    private final Detector detector;
    private final MediaTypeRegistry registry;

    public MaterialInspector(FileStoreProperties properties) {
        this.maxBytes = properties.maxSize().toBytes();
        this.maxSizeText = properties.maxSizeText();
        TikaConfig tika = TikaConfig.getDefaultConfig();
        this.detector = tika.getDetector();
        this.registry = tika.getMediaTypeRegistry();
    }

    /**
     * Inspects one uploaded file.
     *
     * @param originalName the name the person gave the file; only checked for being a safe display name
     * @param declaredType the content type the browser sent; ignored, it is never trusted (may be null)
     * @param content the bytes
     * @param allowedTypes the types this material accepts, a non-empty subset of {@link #SUPPORTED_TYPES}
     * @return the detected canonical media type, one of {@code allowedTypes}
     * @throws BusinessException with an {@link DocumentError} naming the first check that failed
     */
    public String inspect(String originalName, String declaredType, byte[] content, Set<String> allowedTypes) {
        Set<String> allowed = canonicalAllowed(allowedTypes);
        checkName(originalName);
        if (content == null || content.length == 0) {
            throw new BusinessException(DocumentError.FILE_EMPTY);
        }
        if (content.length > maxBytes) {
            throw new BusinessException(DocumentError.FILE_TOO_LARGE, maxSizeText);
        }
        MediaType detected = detect(content);
        if (isExecutable(detected, content)) {
            throw new BusinessException(DocumentError.FILE_EXECUTABLE, describe(allowed));
        }
        if (isArchive(detected)) {
            throw new BusinessException(DocumentError.FILE_ARCHIVE, describe(allowed));
        }
        String type = detected.getBaseType().toString();
        if (!allowed.contains(type)) {
            throw new BusinessException(DocumentError.FILE_TYPE_NOT_ALLOWED, describe(allowed));
        }
        Optional<DocumentError> problem = PDF.equals(type) ? inspectPdf(content) : inspectImage(type, content);
        if (problem.isPresent()) {
            DocumentError error = problem.get();
            throw error == DocumentError.FILE_IMAGE_TOO_LARGE
                    ? new BusinessException(error, String.valueOf(MAX_IMAGE_SIDE),
                            String.valueOf(MAX_IMAGE_PIXELS / 10_000))
                    : new BusinessException(error);
        }
        return type;
    }

    /** The allowed types as people read them, for example {@code PDF / JPG}. */
    static String describe(Set<String> allowed) {
        return LABELS.entrySet().stream()
                .filter(label -> allowed.contains(label.getKey()))
                .map(Map.Entry::getValue)
                .collect(Collectors.joining(" / "));
    }

    private Set<String> canonicalAllowed(Set<String> allowedTypes) {
        Objects.requireNonNull(allowedTypes, "allowedTypes");
        Set<String> allowed = allowedTypes.stream()
                .map(type -> {
                    MediaType parsed = MediaType.parse(type.strip().toLowerCase(Locale.ROOT));
                    return parsed == null ? type : registry.normalize(parsed).getBaseType().toString();
                })
                .collect(Collectors.toUnmodifiableSet());
        if (allowed.isEmpty() || !SUPPORTED_TYPES.containsAll(allowed)) {
            throw new IllegalArgumentException("Allowed types must be a non-empty subset of " + SUPPORTED_TYPES
                    + ", not " + allowedTypes);
        }
        return allowed;
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank() || name.equals(".") || name.equals("..")
                || name.codePointCount(0, name.length()) > MAX_NAME_LENGTH
                || name.codePoints().anyMatch(MaterialInspector::unsafeInName)) {
            throw new BusinessException(DocumentError.FILE_NAME_INVALID, String.valueOf(MAX_NAME_LENGTH));
        }
    }

    private static boolean unsafeInName(int codePoint) {
        int type = Character.getType(codePoint);
        return codePoint == '/' || codePoint == '\\' || Character.isISOControl(codePoint)
                || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** The type from the bytes alone: no name and no declared type are given to the detector. */
    private MediaType detect(byte[] content) {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return registry.normalize(detector.detect(in, new Metadata()));
        } catch (IOException e) {
            return MediaType.OCTET_STREAM;
        }
    }

    private boolean isExecutable(MediaType type, byte[] content) {
        return hasExecutableMagic(content)
                || EXECUTABLE_TYPES.stream().anyMatch(executable -> registry.isInstanceOf(type, executable))
                || type.getBaseType().toString().startsWith("application/x-mach-o")
                || (registry.isInstanceOf(type, ZIP) && ZipNames.holdsCode(content))
                || (registry.isInstanceOf(type, OLE) && isWindowsInstaller(content));
    }

    /** Archives; zip-based documents (Office, OpenDocument, EPUB) are simply not allowed types. */
    private boolean isArchive(MediaType type) {
        return type.getBaseType().equals(ZIP)
                || ARCHIVE_TYPES.stream().anyMatch(archive -> registry.isInstanceOf(type, archive));
    }

    private static boolean hasExecutableMagic(byte[] c) {
        int offset = startsWith(c, 0, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        return startsWith(c, 0, 'M', 'Z')                          // DOS and Windows PE
                || startsWith(c, 0, 0x7F, 'E', 'L', 'F')           // ELF
                || startsWith(c, 0, 0xFE, 0xED, 0xFA, 0xCE)        // Mach-O 32
                || startsWith(c, 0, 0xFE, 0xED, 0xFA, 0xCF)        // Mach-O 64
                || startsWith(c, 0, 0xCE, 0xFA, 0xED, 0xFE)
                || startsWith(c, 0, 0xCF, 0xFA, 0xED, 0xFE)
                || startsWith(c, 0, 0xCA, 0xFE, 0xBA, 0xBE)        // Java class, Mach-O universal
                || startsWith(c, 0, 0xCA, 0xFE, 0xD0, 0x0D)        // pack200
                || startsWith(c, 0, 0x00, 'a', 's', 'm')           // WebAssembly
                || startsWith(c, 0, 'd', 'e', 'x', '\n')           // Android dex
                || startsWith(c, offset, '#', '!');                // scripts
    }

    /** An OLE2 compound file whose root storage is a Windows Installer database, patch or transform. */
    private static boolean isWindowsInstaller(byte[] c) {
        if (c.length < 0x200 || !startsWith(c, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return false;
        }
        int shift = (c[0x1E] & 0xFF) | (c[0x1F] & 0xFF) << 8;
        if (shift != 9 && shift != 12) {
            return false;
        }
        long directorySector = (c[0x30] & 0xFFL) | (c[0x31] & 0xFFL) << 8 | (c[0x32] & 0xFFL) << 16
                | (c[0x33] & 0xFFL) << 24;
        long rootEntry = (directorySector + 1) << shift;
        if (rootEntry < 0 || rootEntry + 0x60 > c.length) {
            return false;
        }
        int clsid = (int) rootEntry + 0x50;
        // {000C1084-…}, {000C1086-…}, {000C1082-…}-0000-0000-C000-000000000046, stored little-endian
        return (c[clsid] & 0xFF) >= 0x82 && (c[clsid] & 0xFF) <= 0x86
                && startsWith(c, clsid + 1, 0x10, 0x0C, 0x00, 0x00, 0x00, 0x00, 0x00,
                        0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46);
    }

    /**
     * Checks a PDF, with bounded memory and time. The raw bytes are scanned first: all Flate-compressed
     * streams together may inflate to at most {@value #PDF_INFLATION_BUDGET} bytes, because PDFBox decodes
     * cross-reference and object streams into the heap without a limit of its own. The document is then
     * loaded from the bytes with {@value #PDF_SCRATCH_MEMORY} bytes of scratch memory and no temporary files,
     * and refused when:
     *
     * <ul>
     *   <li>it does not parse or has no page: {@code FILE_PDF_MALFORMED};</li>
     *   <li>it is encrypted, whether it needs a password to open or only restricts printing and copying
     *       (reviewers must be able to read, print and annotate it): {@code FILE_PDF_ENCRYPTED};</li>
     *   <li>any object reachable from the trailer is active content: {@code FILE_PDF_ACTIVE_CONTENT}. That is
     *       a JavaScript action or {@code /JS} entry (in {@code /OpenAction}, {@code /AA} of the document, a
     *       page, an annotation or a form field, or anywhere else), a {@code /JavaScript} name tree, a
     *       {@code /Launch} or {@code /RichMediaExecute} action, an XFA form, a rich-media annotation, and also
     *       embedded files ({@code /EmbeddedFiles}, {@code /EF}, file attachment annotations): a reviewer
     *       cannot see what an attachment holds and it may carry any of the types refused above.</li>
     * </ul>
     */
    Optional<DocumentError> inspectPdf(byte[] content) {
        if (inflatesBeyondBudget(content)) {
            return Optional.of(DocumentError.FILE_PDF_MALFORMED);
        }
        try (PDDocument document = Loader.loadPDF(content, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(PDF_SCRATCH_MEMORY).streamCache)) {
            if (document.isEncrypted()) {
                return Optional.of(DocumentError.FILE_PDF_ENCRYPTED);
            }
            if (document.getNumberOfPages() < 1) {
                return Optional.of(DocumentError.FILE_PDF_MALFORMED);
            }
            return findActiveContent(document.getDocument().getTrailer());
        } catch (InvalidPasswordException e) {
            return Optional.of(DocumentError.FILE_PDF_ENCRYPTED);
        } catch (IOException | RuntimeException e) {
            return Optional.of(DocumentError.FILE_PDF_MALFORMED);
        }
    }

    /** Walks every dictionary and array reachable from the trailer, without recursion and without decoding streams. */
    private static Optional<DocumentError> findActiveContent(COSDictionary trailer) {
        Deque<COSBase> pending = new ArrayDeque<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.push(trailer);
        while (!pending.isEmpty()) {
            COSBase node = pending.pop();
            if (node instanceof COSObject reference) {
                node = reference.getObject();
            }
            if (!(node instanceof COSDictionary || node instanceof COSArray) || !seen.add(node)) {
                continue;
            }
            if (seen.size() > PDF_MAX_NODES) {
                return Optional.of(DocumentError.FILE_PDF_MALFORMED);
            }
            if (node instanceof COSDictionary dictionary) {
                if (isActive(dictionary)) {
                    return Optional.of(DocumentError.FILE_PDF_ACTIVE_CONTENT);
                }
                dictionary.getValues().forEach(value -> push(pending, value));
            } else {
                ((COSArray) node).forEach(value -> push(pending, value));
            }
        }
        return Optional.empty();
    }

    private static void push(Deque<COSBase> pending, COSBase value) {
        if (value instanceof COSObject || value instanceof COSDictionary || value instanceof COSArray) {
            pending.push(value);
        }
    }

    private static boolean isActive(COSDictionary dictionary) {
        if (dictionary.containsKey(COSName.JS) || dictionary.containsKey(COSName.JAVA_SCRIPT)
                || dictionary.containsKey(COSName.XFA) || dictionary.containsKey(COSName.EMBEDDED_FILES)
                || dictionary.containsKey(COSName.EF)) {
            return true;
        }
        COSBase action = dictionary.getDictionaryObject(COSName.S);
        COSBase type = dictionary.getDictionaryObject(COSName.TYPE);
        COSBase subtype = dictionary.getDictionaryObject(COSName.SUBTYPE);
        return action instanceof COSName name && ACTIVE_ACTIONS.contains(name)
                || COSName.EMBEDDED_FILE.equals(type)
                || FILE_ATTACHMENT.equals(subtype) || RICH_MEDIA.equals(subtype);
    }

    /**
     * Whether the Flate data that follows the {@code stream} keywords inflates, in total, beyond the budget.
     * Data that is not Flate is skipped; PDFBox judges it later.
     */
    static boolean inflatesBeyondBudget(byte[] pdf) {
        long remaining = PDF_INFLATION_BUDGET;
        byte[] sink = new byte[64 * 1024];
        Inflater inflater = new Inflater(true);
        try {
            for (int at = indexOf(pdf, STREAM, 0); at >= 0; at = indexOf(pdf, STREAM, at + STREAM.length)) {
                int data = at + STREAM.length;
                while (data < pdf.length && pdf[data] == ' ') {
                    data++;
                }
                if (data < pdf.length && pdf[data] == '\r') {
                    data++;
                }
                if (data < pdf.length && pdf[data] == '\n') {
                    data++;
                }
                if (data + 2 <= pdf.length && isZlibHeader(pdf[data], pdf[data + 1])) {
                    data += 2;
                }
                remaining -= inflatedSize(inflater, pdf, data, remaining, sink);
                if (remaining < 0) {
                    return true;
                }
            }
            return false;
        } finally {
            inflater.end();
        }
    }

    /** How many bytes the raw Deflate data at {@code from} inflates to, counting no further than past {@code limit}. */
    private static long inflatedSize(Inflater inflater, byte[] data, int from, long limit, byte[] sink) {
        if (from >= data.length) {
            return 0;
        }
        inflater.reset();
        inflater.setInput(data, from, data.length - from);
        long total = 0;
        try {
            int idle = 0;
            while (total <= limit && idle < 3) {
                int n = inflater.inflate(sink);
                if (n == 0) {
                    if (inflater.finished() || inflater.needsInput() || inflater.needsDictionary()) {
                        break;
                    }
                    idle++;
                }
                total += n;
            }
        } catch (DataFormatException e) {
            // not (or no longer) Flate data: count what came out so far
        }
        return total;
    }

    private static boolean isZlibHeader(byte cmf, byte flg) {
        return (cmf & 0x0F) == 8 && (((cmf & 0xFF) << 8) | (flg & 0xFF)) % 31 == 0;
    }

    /**
     * Checks a JPEG or PNG. Its dimensions are read from the header first and refused beyond
     * {@value #MAX_IMAGE_SIDE} pixels a side or {@value #MAX_IMAGE_PIXELS} pixels in all
     * ({@code FILE_IMAGE_TOO_LARGE}), so a decompression bomb is never decoded. Then the whole image is decoded
     * (subsampled to about {@value #IMAGE_CHECK_PIXELS} pixels, so memory stays small while every byte is still
     * read); a decoding error or warning, such as a truncated JPEG, is {@code FILE_IMAGE_MALFORMED}.
     */
    Optional<DocumentError> inspectImage(String mediaType, byte[] content) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No image reader for " + mediaType);
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                return Optional.of(DocumentError.FILE_IMAGE_MALFORMED);
            }
            if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
                return Optional.of(DocumentError.FILE_IMAGE_TOO_LARGE);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) width * height / IMAGE_CHECK_PIXELS)));
            param.setSourceSubsampling(step, step, 0, 0);
            if (reader.canReadRaster()) {
                reader.readRaster(0, param);
            } else {
                reader.read(0, param);
            }
            return warnings.isEmpty() ? Optional.empty() : Optional.of(DocumentError.FILE_IMAGE_MALFORMED);
        } catch (IOException | RuntimeException e) {
            return Optional.of(DocumentError.FILE_IMAGE_MALFORMED);
        } finally {
            reader.dispose();
        }
    }

    private static boolean startsWith(byte[] content, int offset, int... prefix) {
        if (offset < 0 || content.length - offset < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[offset + i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] data, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Set<MediaType> mediaTypes(String... types) {
        return Arrays.stream(types).map(MediaType::parse).collect(Collectors.toUnmodifiableSet());
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(PDF, "PDF");
        labels.put(JPEG, "JPG");
        labels.put(PNG, "PNG");
        return Collections.unmodifiableMap(labels);
    }

    /**
     * Reads the entry names of a zip's central directory, without inflating anything, to tell programs
     * (jar, war, apk) from other archives.
     */
    private static final class ZipNames {

        private static final int MAX_ENTRIES = 100_000;

        static boolean holdsCode(byte[] zip) {
            int end = endOfCentralDirectory(zip);
            if (end < 0) {
                return false;
            }
            int entries = u16(zip, end + 10);
            long offset = u32(zip, end + 16);
            int at = offset < zip.length ? (int) offset : -1;
            for (int i = 0; i < Math.min(entries, MAX_ENTRIES) && at >= 0 && at + 46 <= zip.length; i++) {
                if (u32(zip, at) != 0x02014b50L) {
                    return false;
                }
                int nameLength = u16(zip, at + 28);
                int next = at + 46 + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
                if (at + 46 + nameLength > zip.length) {
                    return false;
                }
                String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
                if (isCode(name)) {
                    return true;
                }
                at = next;
            }
            return false;
        }

        private static boolean isCode(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.equals("meta-inf/manifest.mf") || lower.endsWith(".class") || lower.equals("classes.dex")
                    || lower.equals("androidmanifest.xml") || lower.startsWith("web-inf/");
        }

        private static int endOfCentralDirectory(byte[] zip) {
            int lowest = Math.max(0, zip.length - 22 - 0xFFFF);
            for (int at = zip.length - 22; at >= lowest; at--) {
                if (u32(zip, at) == 0x06054b50L) {
                    return at;
                }
            }
            return -1;
        }

        private static int u16(byte[] data, int at) {
            return (data[at] & 0xFF) | (data[at + 1] & 0xFF) << 8;
        }

        private static long u32(byte[] data, int at) {
            return (data[at] & 0xFFL) | (data[at + 1] & 0xFFL) << 8 | (data[at + 2] & 0xFFL) << 16
                    | (data[at + 3] & 0xFFL) << 24;
        }
    }
}
