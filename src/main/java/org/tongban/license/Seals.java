package org.tongban.license;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.document.DocumentFonts;
import org.tongban.shared.Problems;
import org.tongban.shared.TimeConfiguration;

/**
 * The departments' electronic seals (电子印章): an SM2 key pair each, sealed in the database by the
 * {@link KeyVault}, with a certificate from the platform's own CA (created at the first seal; a real CA or an
 * HSM takes its place behind this class) and the red seal image drawn from the department's name. A seal is
 * created when a department first issues; rotating it retires the old one, whose certificate stays so that
 * every license it signed still verifies.
 */
@Service
public class Seals {

    private final JdbcClient jdbc;
    private final KeyVault vault;
    private final LicenseProperties properties;
    private final DocumentFonts fonts;
    private final Clock clock;
    /** What the seal is for (电子证照专用章), on its image and in its certificate. */
    private final String purpose;
    /** Who runs the platform CA, in its certificate. */
    private final String organisation;
    private final Map<Long, Seal> byId = new ConcurrentHashMap<>();
    private final Map<String, byte[]> images = new ConcurrentHashMap<>();
    private volatile Authority authority;
    private volatile List<X509Certificate> roots;

    Seals(JdbcClient jdbc, KeyVault vault, LicenseProperties properties, DocumentFonts fonts, Clock clock,
            MessageSource messages) {
        this.purpose = messages.getMessage("license.seal.purpose", null, Problems.LOCALE);
        this.organisation = messages.getMessage("license.authority.organisation", null, Problems.LOCALE);
        this.jdbc = jdbc;
        this.vault = vault;
        this.properties = properties;
        this.fonts = fonts;
        this.clock = clock;
    }

    /** A seal: its key stays in this module; {@code key} is null for a retired seal. */
    record Seal(long id, String departmentCode, String departmentName, int version, X509Certificate certificate,
            String certificatePem, String fingerprint, PrivateKey key, String status, Instant validFrom,
            Instant validUntil) {
    }

    record Authority(long id, X509Certificate certificate, PrivateKey key) {
    }

    /** A seal as staff see it (no key). */
    public record SealView(long id, String departmentCode, String departmentName, int version, String status,
            String fingerprint, Instant validFrom, Instant validUntil) {
    }

    /** The department's active seal, made (with its certificate) when it has none or its certificate ran out. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Seal active(String departmentCode, String departmentName) {
        Optional<Seal> current = activeSeal(departmentCode);
        Instant now = clock.instant();
        // A certificate must cover the moment it signs (a clock set back, as in tests, gets a fresh seal).
        if (current.isPresent() && current.get().validUntil().isAfter(now) && !current.get().validFrom().isAfter(now)) {
            return current.get();
        }
        return create(departmentCode, departmentName, current);
    }

    /** Retires the department's active seal and makes the next; licenses signed before still verify. */
    @Transactional
    public SealView rotate(String departmentCode, String departmentName) {
        Seal next = create(departmentCode, departmentName, activeSeal(departmentCode));
        return view(next);
    }

    @Transactional(readOnly = true)
    public List<SealView> of(String departmentCode) {
        return jdbc.sql("select id from license_seal where department_code = ? order by version desc")
                .param(departmentCode).query(Long.class).list().stream().map(this::seal).map(Seals::view).toList();
    }

    private static SealView view(Seal s) {
        return new SealView(s.id(), s.departmentCode(), s.departmentName(), s.version(), s.status(), s.fingerprint(),
                s.validFrom(), s.validUntil());
    }

    private Optional<Seal> activeSeal(String departmentCode) {
        return jdbc.sql("select id from license_seal where department_code = ? and status = 'ACTIVE'")
                .param(departmentCode).query(Long.class).optional().map(this::seal);
    }

    private Seal create(String departmentCode, String departmentName, Optional<Seal> previous) {
        Authority ca = authority();
        Instant now = clock.instant();
        Instant until = ZonedDateTime.ofInstant(now, TimeConfiguration.ZONE).plusYears(properties.sealYears())
                .toInstant();
        int version = previous.map(s -> s.version() + 1).orElse(1);
        KeyPair keys = Sm2.newKeyPair();
        X500Name subject = Sm2.name(departmentName, purpose, departmentName + purpose + " " + departmentCode
                + " v" + version);
        X509Certificate certificate = Sm2.certificate(subject, keys.getPublic(),
                X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()), ca.key(), now, until,
                false);
        previous.ifPresent(p -> {
            jdbc.sql("update license_seal set status = 'RETIRED' where id = ?").param(p.id()).update();
            forget(p.id());
        });
        // Two first licenses of a department at once (or two instances) make the same version: the second insert
        // waits for the first to commit and then does nothing, and both use the first's seal. (Catching the
        // duplicate key instead would not do: PostgreSQL aborts the whole transaction at the failed insert.)
        jdbc.sql("insert into license_seal (department_code, department_name, version, certificate, fingerprint, "
                        + "sealed_key, status, valid_from, valid_until, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?) on conflict do nothing")
                .params(departmentCode, departmentName, version, Sm2.pem(certificate), Sm2.fingerprint(certificate),
                        vault.seal(keys.getPrivate()), Timestamp.from(now), Timestamp.from(until),
                        Timestamp.from(now))
                .update();
        return activeSeal(departmentCode).orElseThrow();
    }

    Seal seal(long id) {
        return byId.computeIfAbsent(id, this::load);
    }

    private Seal load(long id) {
        return jdbc.sql("select * from license_seal where id = ?").param(id).query((rs, n) -> {
            String pem = rs.getString("certificate");
            boolean active = "ACTIVE".equals(rs.getString("status"));
            return new Seal(id, rs.getString("department_code"), rs.getString("department_name"),
                    rs.getInt("version"), Sm2.certificate(pem), pem, rs.getString("fingerprint"),
                    active ? vault.open(rs.getString("sealed_key")) : null, rs.getString("status"),
                    rs.getTimestamp("valid_from").toInstant(), rs.getTimestamp("valid_until").toInstant());
        }).single();
    }

    /** Forgets cached seals (after a rotation elsewhere a cached one may still say ACTIVE). */
    void forget(long id) {
        byId.remove(id);
    }

    /** The platform CA, made at the first call (one per database; a racing instance's wins). */
    Authority authority() {
        Authority found = authority;
        if (found != null) {
            return found;
        }
        synchronized (this) {
            if (authority == null) {
                authority = loadAuthority().orElseGet(this::createAuthority);
            }
            return authority;
        }
    }

    /** Every certificate of the platform's CA (one; more after a CA change): the roots licenses chain to. */
    List<X509Certificate> authorities() {
        List<X509Certificate> found = roots;
        if (found == null) {
            authority();
            found = jdbc.sql("select certificate from license_authority order by id").query(String.class).list()
                    .stream().map(Sm2::certificate).toList();
            roots = found;
        }
        return found;
    }

    private Optional<Authority> loadAuthority() {
        return jdbc.sql("select id, certificate, sealed_key from license_authority order by id desc limit 1")
                .query((rs, n) -> new Authority(rs.getLong("id"), Sm2.certificate(rs.getString("certificate")),
                        vault.open(rs.getString("sealed_key"))))
                .optional();
    }

    private Authority createAuthority() {
        Instant now = clock.instant();
        Instant until = ZonedDateTime.ofInstant(now, TimeConfiguration.ZONE).plusYears(20).toInstant();
        KeyPair keys = Sm2.newKeyPair();
        X500Name subject = Sm2.name(organisation, null, properties.authorityName());
        X509Certificate certificate = Sm2.certificate(subject, keys.getPublic(), subject, keys.getPrivate(), now,
                until, true);
        jdbc.sql("insert into license_authority (subject, certificate, sealed_key, valid_from, valid_until, created_at) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(properties.authorityName(), Sm2.pem(certificate), vault.seal(keys.getPrivate()),
                        Timestamp.from(now), Timestamp.from(until), Timestamp.from(now))
                .update();
        return loadAuthority().orElseThrow();
    }

    /** The seal image of a department (PNG), drawn once per name. */
    public byte[] image(String departmentName) {
        return images.computeIfAbsent(departmentName, name -> SealImage.png(name, purpose, fonts::drawing));
    }
}
