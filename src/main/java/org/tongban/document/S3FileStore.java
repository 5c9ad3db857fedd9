package org.tongban.document;

import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.tongban.shared.BusinessException;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The file store on S3-compatible object storage, for deployments with more than one instance: every
 * instance reads what any of them stored. Keys are the same random, day-prefixed UUIDs as on local disk; the
 * object carries the detected type, its SHA-256 and the person's file name (URL-encoded, as headers are ASCII)
 * as metadata, so the bucket explains itself without the database.
 */
final class S3FileStore implements FileStore {

    private final S3Client s3;
    private final String bucket;
    private final FileStoreProperties properties;
    private final Clock clock;

    S3FileStore(FileStoreProperties properties, Clock clock) {
        this(client(Objects.requireNonNull(properties.s3(), "tongban.files.s3")), properties, clock);
    }

    S3FileStore(S3Client s3, FileStoreProperties properties, Clock clock) {
        this.s3 = s3;
        this.bucket = properties.s3().bucket();
        this.properties = properties;
        this.clock = clock;
    }

    /** The client for the settings: path-style when asked, the JDK's HTTP connection, the given or default credentials. */
    static S3Client client(FileStoreProperties.S3 settings) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                // Self-hosted stores do not all know the SDK's newer default checksums; S3 needs none of them.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        if (settings.accessKey() != null && !settings.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }

    @Override
    public StoredFile put(String originalName, String mediaType, byte[] content) {
        String key = FileStore.admit(originalName, mediaType, content, properties, clock);
        String sha256 = FileStore.sha256(content);
        s3.putObject(request -> request.bucket(bucket).key(key).contentType(mediaType).contentLength((long) content.length)
                .metadata(Map.of("sha256", sha256, "name", URLEncoder.encode(originalName, StandardCharsets.UTF_8))),
                RequestBody.fromBytes(content));
        return new StoredFile(key, originalName, mediaType, content.length, sha256);
    }

    @Override
    public InputStream open(String key) {
        String checked = FileStore.checkedKey(key);
        try {
            return s3.getObject(request -> request.bucket(bucket).key(checked));
        } catch (NoSuchKeyException e) {
            throw new BusinessException(DocumentError.FILE_NOT_FOUND);
        }
    }

    @Override
    public void delete(String key) {
        String checked = FileStore.checkedKey(key);
        s3.deleteObject(request -> request.bucket(bucket).key(checked));
    }

    /** The person's file name kept with an object (for tests and operators reading the bucket). */
    static String originalName(Map<String, String> metadata) {
        String name = metadata.get("name");
        return name == null ? null : URLDecoder.decode(name, StandardCharsets.UTF_8);
    }
}
