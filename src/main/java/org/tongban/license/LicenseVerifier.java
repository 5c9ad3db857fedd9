package org.tongban.license;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.document.NoticeLayout;
import org.tongban.shared.AccountKind;
import org.tongban.shared.BusinessException;
import org.tongban.shared.Masking;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Verifies a license for anyone: by identifier (the QR on every license), from an uploaded license file (our
 * PDF, which carries its signed data, or that data as JSON), or from a 亮证 code. It checks, in this order,
 * that the identifier is well formed, that the seal's certificate is trusted (ours or on the trust list) and
 * was valid when it signed, that the SM2 signature covers the canonical data exactly (any changed face field
 * fails), then the status here and the validity dates. Public results show the holder masked; the face data
 * only to a 亮证 check or the holder.
 */
@Service
public class LicenseVerifier {

    /** The name under which a license PDF carries its signed data. */
    public static final String ATTACHMENT = "license.json";

    private final Licenses licenses;
    private final Seals seals;
    private final TrustList trust;
    private final JsonMapper json;
    private final Clock clock;

    LicenseVerifier(Licenses licenses, Seals seals, TrustList trust, JsonMapper json, Clock clock) {
        this.licenses = licenses;
        this.seals = seals;
        this.trust = trust;
        this.json = json;
        this.clock = clock;
    }

    /** The overall answer: the API's {@code status}. */
    public enum Outcome {
        VALID, REVOKED, EXPIRED, INVALID
    }

    /**
     * Why: {@code VALID}; a status here ({@code SUSPENDED}, {@code WITHDRAWN}, {@code CANCELLED}, {@code REVOKED},
     * {@code EXPIRED}, {@code SUPERSEDED}); or what failed ({@code TAMPERED}, {@code UNTRUSTED}, {@code UNKNOWN}).
     */
    public enum Detail {
        VALID, SUSPENDED, WITHDRAWN, CANCELLED, REVOKED, EXPIRED, SUPERSEDED, TAMPERED, UNTRUSTED, UNKNOWN
    }

    /** An issuer as a verification names it. */
    public record Issuer(String name, String code) {
    }

    /**
     * A verification's result. {@code holder} is masked for a person; {@code face} is filled only for a
     * 亮证 check; {@code foreign}: signed by another platform's seal on our trust list ({@code trustedAs}).
     */
    public record Verification(Outcome status, Detail detail, String identifier, String typeName, Issuer issuer,
            String holder, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil, boolean foreign,
            String trustedAs, List<Licenses.FaceField> face) {

        static Verification failed(Detail detail, String identifier) {
            return new Verification(Outcome.INVALID, detail, identifier, null, null, null, null, null, null, false,
                    null, List.of());
        }
    }

    /** By identifier: a license issued here. Malformed or unknown identifiers are {@code INVALID/UNKNOWN}. */
    @Transactional(readOnly = true)
    public Verification verify(String identifier) {
        return licenses.find(identifier).map(l -> verify(l, false))
                .orElseGet(() -> Verification.failed(Detail.UNKNOWN, identifier));
    }

    /** A stored license, checked again from its signature: a row altered in the database is TAMPERED. */
    Verification verify(Licenses.Stored license, boolean withFace) {
        Seals.Seal seal = seals.seal(license.sealId());
        Licenses.LicenseView view = licenses.view(license);
        Map<String, Object> payload = parse(license.payload());
        byte[] canonical = payload == null ? new byte[0] : CanonicalJson.bytes(payload);
        boolean matches = payload != null && sameAs(payload, view)
                && Sm2.verify(seal.certificate().getPublicKey(), canonical, decode(license.signature()));
        if (!matches) {
            return Verification.failed(Detail.TAMPERED, license.identifier());
        }
        TrustList.Trust trusted = trust.check(seal.certificate(), license.issuedOn());
        if (!trusted.trusted()) {
            return Verification.failed(Detail.UNTRUSTED, license.identifier());
        }
        return result(license.status(), view, false, null, withFace);
    }

    /** The stored row says what the signed data says (nothing was changed beside the signature). */
    private boolean sameAs(Map<String, Object> payload, Licenses.LicenseView view) {
        Map<String, Object> faceOnly = new LinkedHashMap<>();
        view.face().stream().skip(2).forEach(f -> faceOnly.put(f.key(), f.value()));
        return view.identifier().equals(payload.get("identifier"))
                && faceOnly.equals(payload.get("face"))
                && Objects.equals(view.holderName(), map(payload.get("holder")).get("name"))
                && Objects.equals(view.holderCode(), map(payload.get("holder")).get("code"))
                && Objects.equals(view.issuerCode(), map(payload.get("issuer")).get("code"))
                && Objects.equals(view.typeCode(), map(payload.get("type")).get("code"))
                && view.validFrom().toString().equals(payload.get("validFrom"))
                && view.issuedOn().toString().equals(payload.get("issuedOn"))
                && Objects.equals(view.previousIdentifier() == null ? "" : view.previousIdentifier(), payload.get("previous"))
                && (view.validUntil() == null ? "" : view.validUntil().toString()).equals(payload.get("validUntil"));
    }

    private Verification result(LicenseStatus status, Licenses.LicenseView view, boolean foreign, String trustedAs,
            boolean withFace) {
        LocalDate today = LocalDate.now(clock);
        Detail detail = switch (status) {
            case VALID -> view.validUntil() != null && view.validUntil().isBefore(today) ? Detail.EXPIRED
                    : view.validFrom().isAfter(today) ? Detail.UNKNOWN : Detail.VALID;
            case SUSPENDED -> Detail.SUSPENDED;
            case WITHDRAWN -> Detail.WITHDRAWN;
            case CANCELLED -> Detail.CANCELLED;
            case REVOKED -> Detail.REVOKED;
            case EXPIRED -> Detail.EXPIRED;
            case SUPERSEDED -> Detail.SUPERSEDED;
        };
        Outcome outcome = switch (detail) {
            case VALID -> Outcome.VALID;
            case EXPIRED, SUPERSEDED -> Outcome.EXPIRED;
            case SUSPENDED, WITHDRAWN, CANCELLED, REVOKED -> Outcome.REVOKED;
            default -> Outcome.INVALID;
        };
        String holder = view.holderKind() == AccountKind.PERSON ? Masking.name(view.holderName()) : view.holderName();
        return new Verification(outcome, detail, view.identifier(), view.typeName(),
                new Issuer(view.issuerName(), view.issuerCode()), holder, view.issuedOn(), view.validFrom(),
                view.validUntil(), foreign, trustedAs, withFace ? view.face() : List.of());
    }

    /**
     * An uploaded license: our PDF (its attached {@value #ATTACHMENT}) or that JSON itself. A license issued
     * here is then checked as by identifier, and must carry the very signature we hold; another platform's
     * must be signed by a seal on the trust list, and is judged by its dates (its status lives there).
     *
     * @throws BusinessException {@code LICENSE_FILE_UNREADABLE} when the file is neither
     */
    @Transactional(readOnly = true)
    public Verification verifyFile(byte[] file) {
        byte[] data = file;
        if (file.length > 4 && new String(file, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF")) {
            data = NoticeLayout.attachment(file, ATTACHMENT)
                    .orElseThrow(() -> new BusinessException(LicenseError.LICENSE_FILE_UNREADABLE));
        }
        LicenseFile parsed;
        try {
            parsed = json.readValue(data, LicenseFile.class);
        } catch (JacksonException e) {
            throw new BusinessException(LicenseError.LICENSE_FILE_UNREADABLE);
        }
        if (parsed.payload() == null || parsed.signature() == null || parsed.signature().value() == null) {
            throw new BusinessException(LicenseError.LICENSE_FILE_UNREADABLE);
        }
        String identifier = String.valueOf(parsed.payload().get("identifier"));
        X509Certificate certificate;
        try {
            certificate = Sm2.certificate(parsed.signature().certificate());
        } catch (IllegalArgumentException e) {
            return Verification.failed(Detail.UNTRUSTED, identifier);
        }
        byte[] canonical;
        try {
            canonical = CanonicalJson.bytes(parsed.payload());
        } catch (IllegalArgumentException e) {
            return Verification.failed(Detail.TAMPERED, identifier);
        }
        if (!Sm2.verify(certificate.getPublicKey(), canonical, decode(parsed.signature().value()))) {
            return Verification.failed(Detail.TAMPERED, identifier);
        }
        Optional<Licenses.Stored> here = licenses.find(identifier);
        if (here.isPresent()) {
            if (!here.get().signature().equals(parsed.signature().value())
                    || !Sm2.fingerprint(certificate).equals(seals.seal(here.get().sealId()).fingerprint())) {
                return Verification.failed(Detail.TAMPERED, identifier);
            }
            return verify(here.get(), false);
        }
        if (LicenseIdentifier.parse(identifier).isEmpty()) {
            return Verification.failed(Detail.TAMPERED, identifier);
        }
        LocalDate issuedOn = date(parsed.payload().get("issuedOn"));
        if (issuedOn == null) {
            return Verification.failed(Detail.TAMPERED, identifier);
        }
        TrustList.Trust trusted = trust.check(certificate, issuedOn);
        if (!trusted.trusted() || !trusted.foreign()) {
            // Ours but unknown here is a forgery with a stolen key or a deleted row: never valid.
            return Verification.failed(trusted.trusted() ? Detail.UNKNOWN : Detail.UNTRUSTED, identifier);
        }
        Map<String, String> type = map(parsed.payload().get("type"));
        Map<String, String> holder = map(parsed.payload().get("holder"));
        Map<String, String> issuer = map(parsed.payload().get("issuer"));
        LocalDate from = date(parsed.payload().get("validFrom"));
        LocalDate until = date(parsed.payload().get("validUntil"));
        Licenses.LicenseView view = new Licenses.LicenseView(identifier, type.get("code"), type.get("name"),
                "PERSON".equals(holder.get("kind")) ? AccountKind.PERSON : AccountKind.ENTERPRISE,
                String.valueOf(holder.get("name")), String.valueOf(holder.get("code")), issuer.get("code"),
                issuer.get("name"), issuer.get("region"), List.of(), issuedOn, from == null ? issuedOn : from, until,
                LicenseStatus.VALID, null, null, null, null, null);
        return result(LicenseStatus.VALID, view, true, trusted.name(), false);
    }

    /** A license file: the signed canonical data and its signature. */
    public record LicenseFile(Map<String, Object> payload, Licenses.Signature signature) {
    }

    /** The file a license travels as (attached to its PDF, downloadable as JSON). */
    public byte[] file(Licenses.LicenseView view) {
        return json.writeValueAsBytes(new LicenseFile(parse(view.payload()), view.signature()));
    }

    private Map<String, Object> parse(String payload) {
        try {
            return json.readValue(payload, new TypeReference<LinkedHashMap<String, Object>>() {
            });
        } catch (JacksonException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
    }

    private static LocalDate date(Object value) {
        try {
            return value instanceof String s && !s.isEmpty() ? LocalDate.parse(s) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException | NullPointerException e) {
            return new byte[0];
        }
    }
}
