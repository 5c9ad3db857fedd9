package org.tongban.document;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.modulith.NamedInterface;
import org.tongban.shared.BusinessException;

/**
 * Where the bytes of uploaded materials live. Callers keep the returned {@link StoredFile} (in particular its
 * {@code key}) with the application; the store knows nothing of applications. A store never derives a key
 * from the user's file name: keys are random, unguessable and path-safe.
 *
 * <p>Inspect a file with {@link MaterialInspector} before putting it here.
 */
@NamedInterface("files")
public interface FileStore {

    /** The shape of every key a store hands out: the day it was stored and a random UUID. */
    Pattern KEY = Pattern.compile(
            "\\d{4}/\\d{2}/\\d{2}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** A new random key for a file stored today ({@code yyyy/MM/dd/<uuid>}). */
    static String newKey(Clock clock) {
        return LocalDate.now(clock).format(DateTimeFormatter.ofPattern("yyyy/MM/dd")) + "/"
                + UUID.randomUUID();
    }

    /**
     * What every {@link #put} checks first, whatever it stores on: the arguments are there and the content
     * is within {@code tongban.files.max-size}; returns the new file's key.
     */
    static String admit(String originalName, String mediaType, byte[] content, FileStoreProperties properties,
            Clock clock) {
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(content, "content");
        if (content.length > properties.maxSize().toBytes()) {
            throw new BusinessException(DocumentError.FILE_TOO_LARGE, properties.maxSizeText());
        }
        return newKey(clock);
    }

    /** The key, when it has the shape stores hand out. */
    static String checkedKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a file key of this store");
        }
        return key;
    }

    /** The SHA-256 of the bytes, lower-case hex. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /**
     * Stores the content under a new random key.
     *
     * @param originalName the name the person gave the file, kept only for display
     * @param mediaType the detected (not the declared) media type
     * @param content the bytes
     * @return what was stored, with its key and SHA-256
     */
    StoredFile put(String originalName, String mediaType, byte[] content);

    /**
     * Opens a stored file for reading; the caller closes the stream.
     *
     * @throws org.tongban.shared.BusinessException with {@link DocumentError#FILE_NOT_FOUND} when no file has
     *     this key
     * @throws IllegalArgumentException when the key is not one this store hands out
     */
    InputStream open(String key);

    /**
     * Deletes a stored file; deleting a missing one does nothing.
     *
     * @throws IllegalArgumentException when the key is not one this store hands out
     */
    void delete(String key);

    /**
     * A stored file.
     *
     * @param key the random, path-safe key the store chose (for example {@code 2026/01/31/<uuid>})
     * @param originalName the name the person gave the file
     * @param mediaType the media type it was stored with
     * @param size the number of bytes
     * @param sha256 the SHA-256 of the bytes, lower-case hex
     */
    record StoredFile(String key, String originalName, String mediaType, long size, String sha256) {

        public StoredFile {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(originalName, "originalName");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(sha256, "sha256");
            if (size < 0) {
                throw new IllegalArgumentException("size must not be negative");
            }
        }
    }
}
