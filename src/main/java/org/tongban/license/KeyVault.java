package org.tongban.license;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Seals SM2 private keys for the database: AES-256-GCM under the configured master key, a fresh 12-byte nonce
 * per key, stored as Base64 of nonce and ciphertext. The database alone never yields a key; the master key
 * lives in the deployment's configuration (or is swapped for an HSM adapter behind {@link Seals}).
 */
@Component
class KeyVault {

    private static final Logger log = LoggerFactory.getLogger(KeyVault.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    private final SecretKeySpec master;

    KeyVault(LicenseProperties properties, Environment environment) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(properties.masterKey().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("tongban.license.master-key must be 32 bytes in Base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("tongban.license.master-key must be 32 bytes in Base64, not " + key.length);
        }
        if (LicenseProperties.DEMO_KEY.equals(properties.masterKey().strip())
                && environment.acceptsProfiles(Profiles.of("postgres"))) {
            log.warn("tongban.license.master-key is the shipped demo key: set TONGBAN_LICENSE_MASTER_KEY before "
                    + "issuing real licenses");
        }
        this.master = new SecretKeySpec(key, "AES");
    }

    String seal(PrivateKey key) {
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, master, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(key.getEncoded());
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a key cannot be sealed", e);
        }
    }

    /** @throws IllegalStateException when the text was sealed under another master key, or altered */
    PrivateKey open(String sealed) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, master, new GCMParameterSpec(128, bytes, 0, NONCE));
            return Sm2.privateKey(cipher.doFinal(bytes, NONCE, bytes.length - NONCE));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a sealed key cannot be opened: was tongban.license.master-key changed?", e);
        }
    }
}
