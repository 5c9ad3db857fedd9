package org.tongban.application;

import java.nio.file.Path;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of uploaded materials ({@code tongban.files.*}).
 *
 * @param directory where the local file store keeps the files; created when missing
 * @param maxSize the largest file a person can upload
 */
@ConfigurationProperties("tongban.files")
public record FileStoreProperties(
        @DefaultValue("./data/files") Path directory,
        @DefaultValue("10MB") DataSize maxSize) {

    public FileStoreProperties {
        Objects.requireNonNull(directory, "tongban.files.directory");
        Objects.requireNonNull(maxSize, "tongban.files.max-size");
        if (maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("tongban.files.max-size must be positive");
        }
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
