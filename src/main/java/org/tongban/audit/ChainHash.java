package org.tongban.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905) over a record's fields in a fixed, unambiguous encoding. */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(long sequence, Instant at, Object... fields) {
        SM3Digest digest = new SM3Digest();
        update(digest, Long.toString(sequence));
        update(digest, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, at)));
        for (Object field : fields) {
            update(digest, field == null ? null : field.toString());
        }
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    /** Length-prefixed so that no two different field lists encode alike; null differs from empty. */
    private static void update(SM3Digest digest, String value) {
        if (value == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update((byte) (bytes.length >>> 24));
        digest.update((byte) (bytes.length >>> 16));
        digest.update((byte) (bytes.length >>> 8));
        digest.update((byte) bytes.length);
        digest.update(bytes, 0, bytes.length);
    }
}
