package org.tongban.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;
import org.tongban.document.FileStore.StoredFile;
import org.tongban.shared.BusinessException;

class LocalFileStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-31T10:15:30Z"), ZoneOffset.UTC);
    private static final byte[] CONTENT = "%PDF-1.7 a material".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path directory;

    @TempDir
    Path outside;

    private LocalFileStore store;

    @BeforeEach
    void setUp() {
        store = new LocalFileStore(new FileStoreProperties(directory.resolve("files"), DataSize.ofKilobytes(64)),
                CLOCK);
    }

    @Test
    void readsBackWhatItStored() throws IOException {
        StoredFile stored = store.put("营业执照.pdf", MaterialInspector.PDF, CONTENT);

        assertThat(stored.originalName()).isEqualTo("营业执照.pdf");
        assertThat(stored.mediaType()).isEqualTo(MaterialInspector.PDF);
        assertThat(stored.size()).isEqualTo(CONTENT.length);
        try (InputStream in = store.open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(CONTENT);
        }
    }

    @Test
    void recordsTheSha256OfTheBytes() throws NoSuchAlgorithmException {
        StoredFile stored = store.put("scan.pdf", MaterialInspector.PDF, CONTENT);

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(CONTENT));
        assertThat(stored.sha256()).isEqualTo(expected).matches("[0-9a-f]{64}");
    }

    @Test
    void choosesARandomKeyThatOwesNothingToTheFileName() throws IOException {
        String hostile = "..%2F..%2Fetc passwd 身份证.pdf";
        StoredFile first = store.put(hostile, MaterialInspector.PDF, CONTENT);
        StoredFile second = store.put(hostile, MaterialInspector.PDF, CONTENT);

        assertThat(first.key()).matches("2026/01/31/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .doesNotContain("passwd", "身份证", ".pdf", "..");
        assertThat(second.key()).isNotEqualTo(first.key());
        try (Stream<Path> files = Files.walk(directory)) {
            assertThat(files.map(Path::toString)).noneMatch(path -> path.contains("passwd") || path.endsWith(".part"));
        }
    }

    @Test
    void writesTheFileInsideItsDirectory() {
        StoredFile stored = store.put("scan.pdf", MaterialInspector.PDF, CONTENT);

        assertThat(directory.resolve("files").resolve(stored.key())).isRegularFile().hasBinaryContent(CONTENT);
    }

    @Test
    void refusesContentAboveTheLimit() {
        byte[] oversize = new byte[64 * 1024 + 1];
        assertThatThrownBy(() -> store.put("scan.pdf", MaterialInspector.PDF, oversize))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo(DocumentError.FILE_TOO_LARGE);
                    assertThat(e.arguments()).containsExactly("64 KB");
                });
    }

    @Test
    void openingAMissingKeyFailsClearly() {
        String missing = "2026/01/31/0f8fad5b-d9cb-469f-a165-70867728950e";
        assertThatThrownBy(() -> store.open(missing)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(DocumentError.FILE_NOT_FOUND));
    }

    @Test
    void deletesAndForgets() {
        StoredFile stored = store.put("scan.pdf", MaterialInspector.PDF, CONTENT);

        store.delete(stored.key());
        store.delete(stored.key());

        assertThatThrownBy(() -> store.open(stored.key())).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(DocumentError.FILE_NOT_FOUND));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "../../etc/passwd", "/etc/passwd", "2026/01/31/../../../../etc/passwd",
            "2026/01/31/0f8fad5b-d9cb-469f-a165-70867728950e/../../x", "..\\..\\windows\\win.ini", "", ".",
            "2026/01/31", "2026/01/31/0F8FAD5B-D9CB-469F-A165-70867728950E", "file:///etc/passwd"})
    void refusesKeysThatAreNotItsOwn(String key) throws IOException {
        Files.writeString(directory.resolve("secret.txt"), "secret");

        assertThatIllegalArgumentException().isThrownBy(() -> store.open(key));
        assertThatIllegalArgumentException().isThrownBy(() -> store.delete(key));
        assertThat(directory.resolve("secret.txt")).exists();
    }

    @Test
    void refusesANullKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> store.open(null));
    }

    @Test
    void doesNotFollowALinkOutOfItsDirectory() throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "secret");
        String key = "2026/01/31/0f8fad5b-d9cb-469f-a165-70867728950e";
        Path link = directory.resolve("files").resolve(key);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, secret);

        try {
            assertThatIllegalArgumentException().isThrownBy(() -> store.open(key));
        } finally {
            Files.delete(link);
        }
    }
}
