package org.tongban;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tongban.casework.CaseFixtures;
import org.tongban.shared.IdNumber;

/**
 * A person at a browser, over HTTP against a running platform: signs in with the form (so the session
 * cookie and the CSRF token are the real ones), uploads materials and sends JSON. Its cookies go to every
 * port of 127.0.0.1, as a browser's go to every instance behind one address.
 */
public final class WebUser {

    public static final String PASSWORD = "Crash@2026pass";

    private final String login;
    private final String password;
    private final HttpClient client;
    private String csrf;

    public WebUser(String login, String password) {
        this.login = login;
        this.password = password;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String login() {
        return login;
    }

    /** Registers a new person (实名 by ID number, mobile as login) on the platform at {@code base}. */
    public static WebUser registerPerson(String base, int n) throws Exception {
        String first17 = String.format("3713021985%02d%02d%03d", 1 + n % 12, 10 + n % 18, (int) (System.nanoTime() % 1000));
        String mobile = "137" + String.format("%08d", Math.abs((System.nanoTime() + n) % 100_000_000L));
        String body = "{\"name\":\"测试" + "甲乙丙丁戊己".charAt(n % 6) + "\",\"idNumber\":\"" + first17
                + IdNumber.checkCharacter(first17) + "\",\"mobile\":\"" + mobile + "\",\"password\":\"" + PASSWORD + "\"}";
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/persons"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new WebUser(mobile, PASSWORD);
    }

    /** Signs in with the login form of {@code base}; the CSRF token for the API is taken afterwards. */
    public void signIn(String base) throws Exception {
        String loginPage = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(loginPage);
        assertThat(token.find()).isTrue();
        String form = "username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        refreshCsrf(base);
    }

    /** Takes the session's CSRF token from {@code base} (any instance, once sessions are shared). */
    public void refreshCsrf(String base) throws Exception {
        csrf = JsonPath.read(get(base + "/api/v1/csrf").body(), "$.token");
    }

    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String url, String json) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf)
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads a one-page PDF for each required material of {@code item}; returns the materials JSON array. */
    public String uploadMaterials(String base, String item) throws Exception {
        List<String> required = JsonPath.read(get(base + "/api/v1/items/" + item).body(),
                "$.materials[?(@.required == true)].name");
        StringBuilder json = new StringBuilder("[");
        for (String name : required) {
            String boundary = "b" + UUID.randomUUID();
            var bytes = new ByteArrayOutputStream();
            bytes.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            bytes.write(CaseFixtures.pdf());
            bytes.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            String uploaded = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/uploads"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("X-CSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            json.append(json.length() > 1 ? "," : "").append("{\"name\":\"").append(name).append("\",\"fileId\":\"")
                    .append((String) JsonPath.read(uploaded, "$.id")).append("\"}");
        }
        return json.append("]").toString();
    }

    /** The case number when the platform acknowledged the application, else null. */
    public String submit(String base, String item, String materials, String key) throws IOException, InterruptedException {
        String body = "{\"itemCode\":\"" + item + "\",\"formData\":{\"reason\":\"test\"},\"materials\":" + materials
                + ",\"submissionKey\":\"" + key + "\"}";
        var response = postJson(base + "/api/v1/applications", body);
        if (response.statusCode() == 201 || response.statusCode() == 200) {
            return JsonPath.read(response.body(), "$.caseNumber");
        }
        return null;
    }
}
