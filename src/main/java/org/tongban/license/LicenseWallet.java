package org.tongban.license;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.Actor;
import org.tongban.shared.BusinessException;

/**
 * The holder's wallet's 亮证: a code the holder shows in person, which lets the checker see the license's face data for one
 * minute. The code is the identifier and its expiry, with an HMAC-SM3 under a key derived from the master
 * key; nothing is stored, any instance checks it, and a code that is altered, forged or a minute old is
 * refused. The QR holds the address of the check page with the code.
 */
@Component
public class LicenseWallet {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final LicenseProperties properties;
    private final Licenses licenses;
    private final LicenseVerifier verifier;
    private final Clock clock;

    LicenseWallet(LicenseProperties properties, Licenses licenses, LicenseVerifier verifier, Clock clock) {
        this.properties = properties;
        this.licenses = licenses;
        this.verifier = verifier;
        this.clock = clock;
        try {
            MessageDigest sm3 = MessageDigest.getInstance("SM3", Sm2.provider());
            sm3.update("tongban license show".getBytes(StandardCharsets.UTF_8));
            this.key = new SecretKeySpec(sm3.digest(Base64.getDecoder().decode(properties.masterKey().strip())),
                    "HmacSM3");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A code shown in person: a code and when it stops working. */
    public record Shown(String token, Instant expiresAt) {
    }

    /** A code for one of the holder's usable licenses. */
    @Transactional(readOnly = true)
    public Shown show(String identifier, Actor holder) {
        Licenses.Stored license = licenses.find(identifier).filter(l -> licenses.holderCode(holder)
                .filter(l.holderCode()::equals).isPresent())
                .orElseThrow(() -> new BusinessException(LicenseError.LICENSE_NOT_FOUND));
        Instant until = clock.instant().plus(properties.showFor());
        String body = license.identifier() + "|" + until.getEpochSecond();
        return new Shown(URL.encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "." + URL.encodeToString(mac(body)),
                until);
    }

    /** The check of a shown code, with the face data. */
    @Transactional(readOnly = true)
    public LicenseVerifier.Verification check(String token) {
        String identifier = identifier(token)
                .orElseThrow(() -> new BusinessException(LicenseError.LICENSE_SHOW_EXPIRED));
        return licenses.find(identifier).map(l -> verifier.verify(l, true))
                .orElseThrow(() -> new BusinessException(LicenseError.LICENSE_SHOW_EXPIRED));
    }

    private Optional<String> identifier(String token) {
        if (token == null || token.length() > 400) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            String body = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            int bar = body.lastIndexOf('|');
            if (bar < 1 || !MessageDigest.isEqual(mac(body), given)) {
                return Optional.empty();
            }
            long until = Long.parseLong(body.substring(bar + 1));
            if (clock.instant().getEpochSecond() > until) {
                return Optional.empty();
            }
            return Optional.of(body.substring(0, bar));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSM3", Sm2.provider());
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
