package org.tongban.application;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.document.FileStore;
import org.tongban.document.MaterialInspector;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;

/**
 * Materials uploaded by applicants and clerks: inspected (real type from the bytes, no executables,
 * archives, active or malformed PDFs, image bombs), stored in the {@link FileStore}, and recorded with
 * their SHA-256 and owner. Only the owner can attach a file to an application.
 */
@Service
public class UploadedFiles {

    /** What materials may be, unless a listing says otherwise. */
    public static final Set<String> DEFAULT_TYPES = Set.of(MaterialInspector.PDF, MaterialInspector.JPEG,
            MaterialInspector.PNG);

    private final MaterialInspector inspector;
    private final FileStore store;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    UploadedFiles(MaterialInspector inspector, FileStore store, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.inspector = inspector;
        this.store = store;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A stored upload. */
    public record Upload(String id, String name, String mediaType, long size, String sha256) {
    }

    @Transactional
    public Upload upload(Actor owner, String originalName, String declaredType, byte[] content) {
        String mediaType = inspector.inspect(originalName, declaredType, content, DEFAULT_TYPES);
        FileStore.StoredFile stored = store.put(originalName, mediaType, content);
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into uploaded_file (id, owner, file_key, name, media_type, size, sha256, created_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, owner.username(), stored.key(), originalName.strip(), mediaType, stored.size(),
                        stored.sha256(), Timestamp.from(clock.instant()))
                .update();
        audit.record(owner, "FILE_UPLOADED", "file", id, "type=" + mediaType + " sha256=" + stored.sha256());
        return new Upload(id, originalName.strip(), mediaType, stored.size(), stored.sha256());
    }

    /** The bytes of an upload with its record; callers check first that the reader may see it. */
    public record Content(Upload upload, InputStream stream) {
    }

    /** Opens an upload for reading; the caller has checked that it belongs to a case the reader may see. */
    @Transactional(readOnly = true)
    public Optional<Content> open(String id) {
        return jdbc.sql("select id, name, media_type, size, sha256, file_key from uploaded_file where id = ?").param(id)
                .query((rs, n) -> new Content(new Upload(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5)), store.open(rs.getString(6))))
                .optional();
    }

    /** The upload with this id; the caller has checked that the reader may see it (e.g. a case of theirs). */
    @Transactional(readOnly = true)
    public Optional<Upload> find(String id) {
        return jdbc.sql("select id, name, media_type, size, sha256 from uploaded_file where id = ?").param(id)
                .query((rs, n) -> new Upload(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5)))
                .optional();
    }

    /** The upload with this id, if the actor uploaded it. */
    @Transactional(readOnly = true)
    public Optional<Upload> owned(String id, Actor actor) {
        return jdbc.sql("select id, name, media_type, size, sha256 from uploaded_file where id = ? and owner = ?")
                .params(id, actor.username())
                .query((rs, n) -> new Upload(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5)))
                .optional();
    }
}
