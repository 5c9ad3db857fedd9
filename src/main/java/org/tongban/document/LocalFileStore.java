package org.tongban.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import org.tongban.shared.BusinessException;

/**
 * The default {@link FileStore}: one file per upload in a local directory, under {@code yyyy/MM/dd/<uuid>}.
 * A file is written to a temporary file next to its target, flushed to disk and then moved into place, so a
 * reader never sees half a file. Keys are checked twice: against the shape this store hands out, and by
 * resolving them inside the directory, so no key can reach a file outside it.
 */
final class LocalFileStore implements FileStore {


    private final Path root;
    private final FileStoreProperties properties;
    private final Clock clock;

    LocalFileStore(FileStoreProperties properties, Clock clock) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.clock = Objects.requireNonNull(clock, "clock");
        try {
            Path directory = properties.directory().toAbsolutePath().normalize();
            Files.createDirectories(directory);
            this.root = directory.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the file store directory " + properties.directory(), e);
        }
    }

    @Override
    public StoredFile put(String originalName, String mediaType, byte[] content) {
        String key = FileStore.admit(originalName, mediaType, content, properties, clock);
        Path target = resolve(key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".upload-", ".part");
            MessageDigest digest = sha256();
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), digest)) {
                out.write(content);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, target);
            temp = null;
            return new StoredFile(key, originalName, mediaType, content.length,
                    HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a file under " + key, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public InputStream open(String key) {
        Path path = resolve(key);
        try {
            Path real = path.toRealPath();
            if (!real.startsWith(root) || !Files.isRegularFile(real)) {
                throw new IllegalArgumentException("The key does not name a file of this store");
            }
            return Files.newInputStream(real);
        } catch (NoSuchFileException e) {
            throw new BusinessException(DocumentError.FILE_NOT_FOUND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the stored file " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        Path path = resolve(key);
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the stored file " + key, e);
        }
    }

    /** The path of a key, refusing anything that is not a key of this store or that leaves the directory. */
    private Path resolve(String key) {
        Path path = root.resolve(FileStore.checkedKey(key)).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Not a file key of this store");
        }
        return path;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // the store works without it; a stray ".part" file is harmless
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
