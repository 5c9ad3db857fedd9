package org.tongban.license;

import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;
import org.tongban.shared.TimeConfiguration;

/**
 * Which seal certificates are trusted (跨地区互认): those issued by this platform's CA, and those of other
 * provinces' platforms imported into the trust list, either a CA's certificate (every seal it certified) or a
 * single seal's. Only a license administrator changes the list; every change is audited.
 */
@Service
public class TrustList {

    private final JdbcClient jdbc;
    private final Seals seals;
    private final AuditTrail audit;
    private final Clock clock;
    /** Seal certificates already found to chain to our CA: their chain needs no second check. */
    private final Set<String> ours = ConcurrentHashMap.newKeySet();
    private volatile Cached foreign;

    TrustList(JdbcClient jdbc, Seals seals, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.seals = seals;
        this.audit = audit;
        this.clock = clock;
    }

    /** A trusted certificate: whom it belongs to, its SM3 fingerprint and when it was imported. */
    public record TrustedIssuer(long id, String name, String subject, String fingerprint, Instant validUntil,
            String importedBy, Instant importedAt) {
    }

    /** Whose seal signed: ours, a trusted foreign one (with the trust entry's name), or nobody we trust. */
    record Trust(boolean trusted, boolean foreign, String name) {
    }

    @Transactional
    public TrustedIssuer add(String name, String pem, Actor actor) {
        requireAdmin(actor);
        InputCheck check = new InputCheck();
        String label = check.required("name", name, 200);
        X509Certificate certificate = null;
        try {
            certificate = Sm2.certificate(pem);
        } catch (IllegalArgumentException e) {
            check.add("certificate", LicenseError.LICENSE_CERTIFICATE_INVALID);
        }
        check.throwIfAny();
        String fingerprint = Sm2.fingerprint(certificate);
        Optional<TrustedIssuer> known = list().stream().filter(t -> t.fingerprint().equals(fingerprint)).findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        jdbc.sql("insert into license_trust (name, fingerprint, certificate, imported_by, imported_at) values (?, ?, ?, ?, ?)")
                .params(label, fingerprint, Sm2.pem(certificate), actor.username(), Timestamp.from(clock.instant()))
                .update();
        foreign = null;
        audit.record(actor, "license.trust.add", "license_trust", fingerprint, label);
        return list().stream().filter(t -> t.fingerprint().equals(fingerprint)).findFirst().orElseThrow();
    }

    @Transactional
    public void remove(long id, Actor actor) {
        requireAdmin(actor);
        int removed = jdbc.sql("delete from license_trust where id = ?").param(id).update();
        if (removed == 0) {
            throw new BusinessException(CommonError.NOT_FOUND);
        }
        foreign = null;
        audit.record(actor, "license.trust.remove", "license_trust", String.valueOf(id), null);
    }

    @Transactional(readOnly = true)
    public List<TrustedIssuer> list() {
        return jdbc.sql("select * from license_trust order by id").query((rs, n) -> {
            X509Certificate c = Sm2.certificate(rs.getString("certificate"));
            return new TrustedIssuer(rs.getLong("id"), rs.getString("name"), c.getSubjectX500Principal().getName(),
                    rs.getString("fingerprint"), c.getNotAfter().toInstant(), rs.getString("imported_by"),
                    rs.getTimestamp("imported_at").toInstant());
        }).list();
    }

    /** The platform CA's certificate (PEM), for other provinces to import into theirs. */
    public String authorityCertificate() {
        return Sm2.pem(seals.authority().certificate());
    }

    /** Whether a seal certificate is trusted, and was valid on the day it signed (the license's issue date). */
    Trust check(X509Certificate seal, LocalDate signedOn) {
        LocalDate from = LocalDate.ofInstant(seal.getNotBefore().toInstant(), TimeConfiguration.ZONE);
        LocalDate until = LocalDate.ofInstant(seal.getNotAfter().toInstant(), TimeConfiguration.ZONE);
        if (signedOn.isBefore(from) || signedOn.isAfter(until)) {
            return new Trust(false, false, null);
        }
        String fingerprint = Sm2.fingerprint(seal);
        if (ours.contains(fingerprint)) {
            return new Trust(true, false, null);
        }
        for (X509Certificate root : seals.authorities()) {
            if (Sm2.signedBy(seal, root)) {
                ours.add(fingerprint);
                return new Trust(true, false, null);
            }
        }
        for (Foreign f : foreign()) {
            if (f.fingerprint().equals(fingerprint) || Sm2.signedBy(seal, f.certificate())) {
                return new Trust(true, true, f.name());
            }
        }
        return new Trust(false, true, null);
    }

    /** The imported certificates, read again after a change here or a minute after the last read (other instances). */
    private List<Foreign> foreign() {
        Cached cached = foreign;
        Instant now = clock.instant();
        if (cached == null || cached.at().isBefore(now.minusSeconds(60))) {
            cached = new Cached(now, jdbc.sql("select name, fingerprint, certificate from license_trust")
                    .query((rs, n) -> new Foreign(rs.getString("name"), rs.getString("fingerprint"),
                            Sm2.certificate(rs.getString("certificate"))))
                    .list());
            foreign = cached;
        }
        return cached.entries();
    }

    private record Cached(Instant at, List<Foreign> entries) {
    }

    private record Foreign(String name, String fingerprint, X509Certificate certificate) {
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isStaff() || !actor.has(LicenseRole.LICENSE_ADMIN)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
    }
}
