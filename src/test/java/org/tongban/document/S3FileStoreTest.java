package org.tongban.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import org.tongban.document.FileStore.StoredFile;
import org.tongban.shared.BusinessException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The S3 file store against a real S3 API server: S3Proxy, started here in its own JVM on a free loopback
 * port with an in-memory backend. The postgres profile provides its jar ({@code tongban.test.s3proxy.jar});
 * without it the test is skipped.
 */
class S3FileStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-31T10:15:30Z"), ZoneOffset.UTC);
    private static final byte[] CONTENT = "%PDF-1.7 a material".getBytes(StandardCharsets.US_ASCII);
    private static final String BUCKET = "tongban-materials";

    private static Process server;
    private static Path work;
    private static URI endpoint;

    @BeforeAll
    static void startServer() throws Exception {
        String jar = System.getProperty("tongban.test.s3proxy.jar", "");
        assumeTrue(!jar.isBlank() && Files.isRegularFile(Path.of(jar)), "S3Proxy is provided by -Ppostgres");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        endpoint = URI.create("http://127.0.0.1:" + port);
        work = Files.createTempDirectory("s3proxy");
        Path conf = work.resolve("s3proxy.conf");
        Files.writeString(conf, String.join("\n", "s3proxy.endpoint=" + endpoint, "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=tongban", "s3proxy.credential=tongban-secret", "jclouds.provider=transient", ""));
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", jar, "--properties", conf.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("s3proxy.log").toFile()).start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                break;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline || !server.isAlive()) {
                    throw new IllegalStateException("S3Proxy did not start: " + Files.readString(work.resolve("s3proxy.log")));
                }
                Thread.sleep(200);
            }
        }
        try (S3Client client = store("tongban-secret").client()) {
            client.createBucket(request -> request.bucket(BUCKET));
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.destroy();
        }
    }

    /** A store and the client it talks through, with the given secret. */
    private record Store(S3FileStore store, S3Client client) {
    }

    private static Store store(String secret) {
        var properties = new FileStoreProperties(work.resolve("unused"), DataSize.ofKilobytes(64), "s3",
                new FileStoreProperties.S3(endpoint, "us-east-1", BUCKET, "tongban", secret, true));
        S3Client client = S3FileStore.client(properties.s3());
        return new Store(new S3FileStore(client, properties, CLOCK), client);
    }

    @Test
    void readsBackWhatItStoredWithItsTypeHashAndName() throws IOException {
        Store s = store("tongban-secret");
        StoredFile stored = s.store().put("营业执照 副本.pdf", MaterialInspector.PDF, CONTENT);

        assertThat(stored.key()).matches(FileStore.KEY.pattern()).startsWith("2026/01/31/");
        assertThat(stored.sha256()).isEqualTo(FileStore.sha256(CONTENT));
        try (InputStream in = s.store().open(stored.key())) {
            assertThat(in.readAllBytes()).isEqualTo(CONTENT);
        }
        var head = s.client().headObject(request -> request.bucket(BUCKET).key(stored.key()));
        assertThat(head.contentType()).isEqualTo(MaterialInspector.PDF);
        assertThat(head.contentLength()).isEqualTo(CONTENT.length);
        assertThat(head.metadata()).containsEntry("sha256", stored.sha256());
        assertThat(S3FileStore.originalName(head.metadata())).isEqualTo("营业执照 副本.pdf");
        assertThat(s.store().put("营业执照 副本.pdf", MaterialInspector.PDF, CONTENT).key()).isNotEqualTo(stored.key());
    }

    @Test
    void aMissingOrDeletedFileIsNotFoundAndDeletingTwiceIsHarmless() throws IOException {
        Store s = store("tongban-secret");
        StoredFile stored = s.store().put("scan.pdf", MaterialInspector.PDF, CONTENT);
        s.store().delete(stored.key());
        s.store().delete(stored.key());
        assertThatThrownBy(() -> s.store().open(stored.key())).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo(DocumentError.FILE_NOT_FOUND);
    }

    @Test
    void refusesKeysItDidNotHandOutAndFilesOverTheLimit() {
        Store s = store("tongban-secret");
        int before = s.client().listObjectsV2(request -> request.bucket(BUCKET)).keyCount();
        for (String key : new String[] {"../../etc/passwd", "2026/01/31/../../x", "", "2026/01/31/not-a-uuid"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> s.store().open(key));
            assertThatIllegalArgumentException().isThrownBy(() -> s.store().delete(key));
        }
        assertThatThrownBy(() -> s.store().put("big.pdf", MaterialInspector.PDF, new byte[65 * 1024]))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo(DocumentError.FILE_TOO_LARGE);
        assertThat(s.client().listObjectsV2(request -> request.bucket(BUCKET)).keyCount()).isEqualTo(before);
    }

    @Test
    void aWrongSecretIsRefusedByTheServerNotIgnored() {
        Store s = store("not-the-secret");
        assertThatThrownBy(() -> s.store().put("scan.pdf", MaterialInspector.PDF, CONTENT))
                .isInstanceOf(S3Exception.class)
                .satisfies(e -> assertThat(((S3Exception) e).statusCode()).isEqualTo(403));
    }
}
