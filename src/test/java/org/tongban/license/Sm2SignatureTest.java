package org.tongban.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SM2 signatures over canonical license data, checked by our verifier and by an independent one: the
 * OpenSSL command line (3.x), exactly as the README tells anyone to run it.
 */
class Sm2SignatureTest {

    @TempDir
    Path dir;

    private static Map<String, Object> payload(String holder) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("identifier", "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.002.S");
        payload.put("holder", Map.of("name", holder, "kind", "PERSON", "code", "371302198503151234"));
        payload.put("face", Map.of("note", "第一行\n第二行 \"引号\" \\ 反斜杠 \u0001"));
        payload.put("validUntil", "");
        return payload;
    }

    @Test
    void canonicalJsonSortsMembersAndEscapesOnlyWhatJcsEscapes() {
        assertThat(CanonicalJson.text(payload("王晓明"))).isEqualTo("{\"face\":{\"note\":\"第一行\\n第二行 \\\"引号\\\" \\\\ 反斜杠 \\u0001\"},"
                + "\"holder\":{\"code\":\"371302198503151234\",\"kind\":\"PERSON\",\"name\":\"王晓明\"},"
                + "\"identifier\":\"1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.002.S\","
                + "\"validUntil\":\"\"}");
    }

    @Test
    void aSignatureVerifiesHereAndWithOpenSslAndFailsOnAnyChange() throws Exception {
        KeyPair ca = Sm2.newKeyPair();
        var caName = Sm2.name("测试平台", null, "测试根证书");
        KeyPair seal = Sm2.newKeyPair();
        Instant now = Instant.now();
        X509Certificate certificate = Sm2.certificate(Sm2.name("临沂市兰山区行政审批服务局", "电子证照专用章", "印章"),
                seal.getPublic(), caName, ca.getPrivate(), now, now.plus(Duration.ofDays(365)), false);
        X509Certificate root = Sm2.certificate(caName, ca.getPublic(), caName, ca.getPrivate(), now,
                now.plus(Duration.ofDays(3650)), true);
        assertThat(Sm2.signedBy(certificate, root)).isTrue();
        assertThat(Sm2.signedBy(root, certificate)).isFalse();

        byte[] data = CanonicalJson.bytes(payload("王晓明"));
        byte[] signature = Sm2.sign(seal.getPrivate(), data);
        assertThat(Sm2.verify(certificate.getPublicKey(), data, signature)).isTrue();
        byte[] tampered = CanonicalJson.bytes(payload("王晓民"));
        assertThat(Sm2.verify(certificate.getPublicKey(), tampered, signature)).isFalse();
        assertThat(Sm2.verify(certificate.getPublicKey(), data, new byte[] {1, 2, 3})).isFalse();
        assertThat(Sm2.verify(Sm2.newKeyPair().getPublic(), data, signature)).isFalse();

        Files.writeString(dir.resolve("seal.pem"), Sm2.pem(certificate));
        Files.writeString(dir.resolve("root.pem"), Sm2.pem(root));
        Files.write(dir.resolve("license.json"), data);
        Files.write(dir.resolve("license.sig"), signature);
        Files.write(dir.resolve("altered.json"), tampered);
        assertThat(openssl("x509", "-in", "seal.pem", "-pubkey", "-noout", "-out", "seal.pub")).as(() -> last).isZero();
        // The README's command: SM3 digest, SM2 with the default user id, DER signature.
        assertThat(openssl("dgst", "-sm3", "-verify", "seal.pub", "-sigopt", "distid:1234567812345678",
                "-signature", "license.sig", "license.json")).as(() -> last).isZero();
        assertThat(openssl("dgst", "-sm3", "-verify", "seal.pub", "-sigopt", "distid:1234567812345678",
                "-signature", "license.sig", "altered.json")).as(() -> last).isNotZero();
        // And the seal's certificate chains to the CA.
        assertThat(openssl("verify", "-vfyopt", "distid:1234567812345678", "-CAfile", "root.pem", "seal.pem")).as(() -> last).isZero();
    }

    private String last;

    private int openssl(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        last = "openssl " + String.join(" ", arguments) + ": " + output.strip();
        return process.exitValue();
    }
}
