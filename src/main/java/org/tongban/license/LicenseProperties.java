package org.tongban.license;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Electronic licenses ({@code tongban.license.*}).
 *
 * @param masterKey the AES-256 key (32 bytes, Base64) that seals every SM2 private key in the database; the
 *     default is for the demo only, and start-up warns when a PostgreSQL deployment keeps it. Changing it
 *     makes the stored keys unreadable: rotate seals instead.
 * @param showFor how long a 亮证 QR code stays valid (60 seconds)
 * @param sealYears how long a seal's certificate is valid before it must be rotated
 * @param authorityName the subject of the platform's own CA, which certifies the demo seals
 */
@ConfigurationProperties("tongban.license")
public record LicenseProperties(
        @DefaultValue("dG9uZ2Jhbi1kZW1vLW9ubHktbWFzdGVyLWtleS0zMmI=") String masterKey,
        @DefaultValue("60s") Duration showFor,
        @DefaultValue("5") int sealYears,
        @DefaultValue("通办电子证照根证书") String authorityName) {

    /** The shipped key, which a production deployment must replace. */
    static final String DEMO_KEY = "dG9uZ2Jhbi1kZW1vLW9ubHktbWFzdGVyLWtleS0zMmI=";
}
