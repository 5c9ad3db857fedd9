package org.tongban.license;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** Issuing, reading and checking licenses over the API in tests, and the OpenSSL check of a signature. */
final class LicenseFixtures {

    static final String POLICE = "临沂市公安局兰山分局";
    static final String ID_CARD = "11100000TB0000002N001";
    static final String SOCIAL_CARD = "11100000TB00000076001";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;

    LicenseFixtures(MockMvc mvc) {
        this.mvc = mvc;
    }

    ResultActions issue(Authentication issuer, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/licenses").with(authentication(issuer)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
    }

    /** A 居民身份证 for the holder, issued by the police issuer; its identifier. */
    String idCard(Authentication issuer, String name, String idNumber) throws Exception {
        String body = issue(issuer, Map.of("typeCode", ID_CARD, "holderName", name, "holderCode", idNumber,
                "face", Map.of("gender", "男", "ethnicity", "汉", "birthDate", "1985-03-15",
                        "address", "山东省临沂市兰山区金雀山街道沂蒙路188号")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.identifier");
    }

    ResultActions operate(Authentication issuer, String identifier, Map<String, Object> body) throws Exception {
        return mvc.perform(post("/api/v1/licenses/{id}/operations", identifier).with(authentication(issuer)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
    }

    String verify(String identifier) throws Exception {
        return mvc.perform(get("/api/v1/verify/{id}", identifier)).andReturn().getResponse().getContentAsString();
    }

    /**
     * Checks the license's signature with the OpenSSL command line, as the README says: the payload's
     * canonical text, the Base64-decoded signature, the certificate's public key. Returns openssl's exit code.
     */
    static int openssl(Path dir, String licenseJson) throws Exception {
        Files.writeString(dir.resolve("license.json"), (String) JsonPath.read(licenseJson, "$.payload"),
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("license.sig"), Base64.getDecoder().decode((String) JsonPath.read(licenseJson,
                "$.signature.value")));
        Files.writeString(dir.resolve("seal.pem"), (String) JsonPath.read(licenseJson, "$.signature.certificate"));
        assertThat(run(dir, "openssl", "x509", "-in", "seal.pem", "-pubkey", "-noout", "-out", "seal.pub")).isZero();
        return run(dir, "openssl", "dgst", "-sm3", "-verify", "seal.pub", "-sigopt", "distid:1234567812345678",
                "-signature", "license.sig", "license.json");
    }

    private static int run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                .redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
