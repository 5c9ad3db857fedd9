package org.tongban.license;

import java.security.KeyPair;
import java.util.Map;

/** The module's SM2 and canonical JSON for the license benchmark in another package (test code only). */
public final class LicenseBenchAccess {

    private LicenseBenchAccess() {
    }

    public static KeyPair keys() {
        return Sm2.newKeyPair();
    }

    public static byte[] canonical(Map<String, Object> payload) {
        return CanonicalJson.bytes(payload);
    }

    public static byte[] sign(KeyPair keys, byte[] data) {
        return Sm2.sign(keys.getPrivate(), data);
    }

    public static boolean verify(KeyPair keys, byte[] data, byte[] signature) {
        return Sm2.verify(keys.getPublic(), data, signature);
    }
}
