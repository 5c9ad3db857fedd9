package org.tongban.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.ResultActions;
import org.tongban.IntegrationTest;
import org.tongban.document.NoticeLayout;
import org.tongban.identity.IdentityFixtures;

/**
 * Verification from everything a checker may hold: the PDF (which carries its signed data), that data as
 * JSON, a 亮证 code that lasts a minute, and a license from another province that verifies once its CA is on
 * the trust list.
 */
class LicenseVerificationTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    private LicenseFixtures fixtures;
    private IdentityFixtures identity;
    private Authentication citizen;
    private String identifier;

    @BeforeEach
    void aLicense() throws Exception {
        fixtures = new LicenseFixtures(mvc);
        identity = IdentityFixtures.from(context);
        String idNumber = newIdNumber();
        citizen = identity.signedIn(identity.person("王晓明", idNumber, newMobile()).username());
        Authentication police = identity.signedIn(identity.staff(LicenseFixtures.POLICE, LicenseRole.LICENSE_ISSUER));
        identifier = fixtures.idCard(police, "王晓明", idNumber);
    }

    private String upload(byte[] file, String name) throws Exception {
        return mvc.perform(multipart("/api/v1/verify").file(new MockMultipartFile("file", name, null, file)).with(csrf()))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void thePdfCarriesItsSignedDataAndVerifiesWhenUploaded() throws Exception {
        byte[] pdf = mvc.perform(get("/api/v1/licenses/{id}/pdf", identifier).with(authentication(citizen)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        // One A4 page with the seal drawn on it (rendered for a look: target/screenshots/license-pdf.png).
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
            Files.createDirectories(Path.of("target/screenshots"));
            ImageIO.write(image, "png", Path.of("target/screenshots/license-pdf.png").toFile());
            assertThat(new PDFTextStripper().getText(document)).contains("中华人民共和国居民身份证", "王晓明",
                    "临沂市公安局兰山分局", identifier.substring(0, 40));
        }
        String verified = upload(pdf, "license.pdf");
        assertThat((String) JsonPath.read(verified, "$.status")).isEqualTo("VALID");
        assertThat((String) JsonPath.read(verified, "$.identifier")).isEqualTo(identifier);

        byte[] data = NoticeLayout.attachment(pdf, LicenseVerifier.ATTACHMENT).orElseThrow();
        assertThat((String) JsonPath.read(upload(data, "license.json"), "$.status")).isEqualTo("VALID");
        String altered = new String(data, StandardCharsets.UTF_8).replace("王晓明", "王晓民");
        String tampered = upload(altered.getBytes(StandardCharsets.UTF_8), "license.json");
        assertThat((String) JsonPath.read(tampered, "$.detail")).isEqualTo("TAMPERED");
        assertThat((String) JsonPath.read(tampered, "$.status")).isEqualTo("INVALID");

        for (byte[] junk : List.of("hello".getBytes(StandardCharsets.UTF_8), "%PDF-1.7 broken".getBytes(StandardCharsets.UTF_8),
                "{\"payload\":1}".getBytes(StandardCharsets.UTF_8), new byte[0])) {
            mvc.perform(multipart("/api/v1/verify").file(new MockMultipartFile("file", "x.bin", null, junk)).with(csrf()))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("LICENSE_FILE_UNREADABLE"));
        }
    }

    @Test
    void aShownCodeGivesTheFaceDataForOneMinuteAndAForgedOneNothing() throws Exception {
        String shown = mvc.perform(post("/api/v1/me/licenses/{id}/show", identifier).with(authentication(citizen)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(shown, "$.token");
        assertThat((String) JsonPath.read(shown, "$.url")).endsWith("/verify/shown/" + token);
        String checked = mvc.perform(get("/api/v1/verify/shown/{t}", token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(checked, "$.status")).isEqualTo("VALID");
        assertThat((List<String>) JsonPath.read(checked, "$.face[*].value")).contains("王晓明", "汉");

        String forged = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
        mvc.perform(get("/api/v1/verify/shown/{t}", forged)).andExpect(status().isGone())
                .andExpect(jsonPath("$.detail").value("亮证码已失效（超过1分钟或不是本平台生成的），请持证人重新亮证。"));
        mvc.perform(get("/api/v1/verify/shown/{t}", "nonsense")).andExpect(status().isGone());
        clock.advance(Duration.ofSeconds(61));
        mvc.perform(get("/api/v1/verify/shown/{t}", token)).andExpect(status().isGone());
        // Only the holder shows a license.
        Authentication stranger = identity.signedIn(identity.person("李四", newIdNumber(), newMobile()).username());
        mvc.perform(post("/api/v1/me/licenses/{id}/show", identifier).with(authentication(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherProvincesLicenseVerifiesOnlyOnceItsAuthorityIsTrusted() throws Exception {
        KeyPair ca = Sm2.newKeyPair();
        var caName = Sm2.name("江苏省政务服务平台", null, "江苏省电子证照根证书 " + System.nanoTime());
        Instant now = clock.instant();
        X509Certificate root = Sm2.certificate(caName, ca.getPublic(), caName, ca.getPrivate(),
                now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(3650)), true);
        KeyPair seal = Sm2.newKeyPair();
        X509Certificate sealCertificate = Sm2.certificate(Sm2.name("南京市市场监督管理局", "电子证照专用章", "印章"),
                seal.getPublic(), caName, ca.getPrivate(), now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(365)),
                false);
        LicenseIdentifier id = new LicenseIdentifier("11100000TB0000001K001", "11320100MB1234567X", "202600000001", 1);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("identifier", id.toString());
        payload.put("type", Map.of("code", "11100000TB0000001K001", "name", "营业执照"));
        payload.put("holder", Map.of("kind", "ENTERPRISE", "name", "南京示例科技有限公司", "code", "91320100MA1XYZ1234"));
        payload.put("issuer", Map.of("code", "11320100MB1234567X", "name", "南京市市场监督管理局", "region", "320100"));
        payload.put("face", Map.of("legalRepresentative", "周敏"));
        payload.put("issuedOn", LocalDate.now(clock).minusDays(3).toString());
        payload.put("validFrom", LocalDate.now(clock).minusDays(3).toString());
        payload.put("validUntil", "");
        payload.put("previous", "");
        payload.put("seal", Sm2.fingerprint(sealCertificate));
        String signature = Base64.getEncoder().encodeToString(Sm2.sign(seal.getPrivate(), CanonicalJson.bytes(payload)));
        byte[] file = LicenseFixtures.JSON.writeValueAsBytes(Map.of("payload", payload, "signature",
                Map.of("algorithm", "SM2-SM3", "value", signature, "certificate", Sm2.pem(sealCertificate))));

        assertThat((String) JsonPath.read(upload(file, "nanjing.json"), "$.detail")).isEqualTo("UNTRUSTED");

        String pem = Sm2.pem(root);
        Authentication issuer = identity.signedIn(identity.staff(LicenseFixtures.POLICE, LicenseRole.LICENSE_ISSUER));
        trust(issuer, "江苏省", pem).andExpect(status().isForbidden());
        Authentication admin = identity.signedIn(identity.staff("山东省大数据局", LicenseRole.LICENSE_ADMIN));
        trust(admin, "江苏省", "-----BEGIN CERTIFICATE-----\nnot a certificate\n-----END CERTIFICATE-----")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("certificate"));
        trust(admin, "", pem).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
        trust(admin, "江苏省政务服务平台", pem).andExpect(status().isOk())
                .andExpect(jsonPath("$.fingerprint").value(Sm2.fingerprint(root)));

        String trusted = upload(file, "nanjing.json");
        assertThat((String) JsonPath.read(trusted, "$.status")).isEqualTo("VALID");
        assertThat((Boolean) JsonPath.read(trusted, "$.foreign")).isTrue();
        assertThat((String) JsonPath.read(trusted, "$.trustedAs")).isEqualTo("江苏省政务服务平台");
        String forged = new String(file, StandardCharsets.UTF_8).replace("周敏", "周明");
        assertThat((String) JsonPath.read(upload(forged.getBytes(StandardCharsets.UTF_8), "n.json"), "$.detail"))
                .isEqualTo("TAMPERED");
        // The page's form, by identifier; anything else typed there is simply not a license.
        assertThat(mvc.perform(get("/verify").param("identifier", " " + identifier + " ")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("核验通过：证照有效");
        assertThat(mvc.perform(get("/verify").param("identifier", "<script>alert(1)</script>")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("查无此证").doesNotContain("<script>alert");
        // Our own CA is published for other provinces to import.
        mvc.perform(get("/api/v1/license-trust/authority")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.startsWith("-----BEGIN CERTIFICATE-----")));
    }

    private ResultActions trust(Authentication who, String name, String pem)
            throws Exception {
        return mvc.perform(post("/api/v1/license-trust").with(authentication(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(LicenseFixtures.JSON.writeValueAsString(Map.of("name", name, "certificate", pem))));
    }
}
