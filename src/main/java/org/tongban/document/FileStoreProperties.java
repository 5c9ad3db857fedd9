package org.tongban.document;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.modulith.NamedInterface;
import org.springframework.util.unit.DataSize;

/**
 * Settings of uploaded materials ({@code tongban.files.*}).
 *
 * @param directory where the local file store keeps the files; created when missing
 * @param maxSize the largest file a person can upload
 * @param store {@code local} (the directory) or {@code s3} (S3-compatible object storage, {@code tongban.files.s3.*})
 * @param s3 the object storage, when {@code store} is {@code s3}
 */
@ConfigurationProperties("tongban.files")
@NamedInterface("files")
public record FileStoreProperties(
        @DefaultValue("./data/files") Path directory,
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("local") String store,
        S3 s3) {

    @ConstructorBinding
    public FileStoreProperties {
        Objects.requireNonNull(directory, "tongban.files.directory");
        Objects.requireNonNull(maxSize, "tongban.files.max-size");
        if (maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("tongban.files.max-size must be positive");
        }
        if (!"local".equals(store) && !"s3".equals(store)) {
            throw new IllegalArgumentException("tongban.files.store must be local or s3");
        }
        if ("s3".equals(store) && (s3 == null || s3.bucket() == null || s3.bucket().isBlank())) {
            throw new IllegalArgumentException("tongban.files.store=s3 needs tongban.files.s3.bucket");
        }
    }

    public FileStoreProperties(Path directory, DataSize maxSize) {
        this(directory, maxSize, "local", null);
    }

    /**
     * S3-compatible object storage (AWS S3, MinIO, Ceph RGW, OSS or OBS in S3 mode).
     *
     * @param endpoint the service address, e.g. {@code https://minio.internal:9000}; empty for AWS itself
     * @param region the signing region
     * @param bucket the bucket, which must exist
     * @param accessKey the access key; empty to use the SDK's default chain (environment, instance profile)
     * @param secretKey its secret, from the environment ({@code TONGBAN_FILES_S3_SECRET_KEY}), never a file in the repository
     * @param pathStyle address the bucket in the path (most self-hosted stores) rather than the host name
     */
    public record S3(URI endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey,
            String secretKey, @DefaultValue("true") boolean pathStyle) {
    }

    /** The limit as people read it, for example {@code 10 MB} or {@code 512 KB}. */
    public String maxSizeText() {
        long bytes = maxSize.toBytes();
        if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return maxSize.toMegabytes() + " MB";
        }
        if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return maxSize.toKilobytes() + " KB";
        }
        return bytes + " B";
    }
}
