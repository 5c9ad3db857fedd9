package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.web.util.UriComponentsBuilder;
import org.tongban.IntegrationTest;

/**
 * Single sign-on as a department system sees it: discovery, the authorization-code flow with PKCE through
 * the real sign-in form, the token endpoint, userinfo, and a bearer token on our own API; plus
 * client-credentials tokens for system-to-system calls.
 */
class SingleSignOnTest extends IntegrationTest {

    private static final String REDIRECT = "https://dept.example.test/callback";

    @Autowired
    ApplicationContext context;
    @Autowired
    RegisteredClientRepository clients;
    @Autowired
    PasswordEncoder passwords;

    private String register(AuthorizationGrantType grant) {
        String clientId = "dept-" + UUID.randomUUID();
        var builder = RegisteredClient.withId(UUID.randomUUID().toString()).clientId(clientId).clientName("测试部门系统")
                .clientSecret(passwords.encode("s3cret"))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(grant);
        if (grant.equals(AuthorizationGrantType.AUTHORIZATION_CODE)) {
            builder.redirectUri(REDIRECT).scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build());
        } else {
            builder.scope("api");
        }
        clients.save(builder.build());
        return clientId;
    }

    @Test
    void publishesTheDiscoveryDocument() throws Exception {
        mvc.perform(get("/.well-known/openid-configuration"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.issuer").isString())
                .andExpect(jsonPath("$.authorization_endpoint").value(Matchers.endsWith("/oauth2/authorize")))
                .andExpect(jsonPath("$.token_endpoint").value(Matchers.endsWith("/oauth2/token")))
                .andExpect(jsonPath("$.userinfo_endpoint").value(Matchers.endsWith("/userinfo")))
                .andExpect(jsonPath("$.code_challenge_methods_supported[0]").value("S256"));
    }

    @Test
    void aDepartmentSystemSignsAUserInOnceWithCodeAndPkce() throws Exception {
        String mobile = newMobile();
        String username = IdentityFixtures.from(context).person("令狐冲", newIdNumber(), mobile).username();
        String clientId = register(AuthorizationGrantType.AUTHORIZATION_CODE);
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        var session = new MockHttpSession();

        String authorize = UriComponentsBuilder.fromPath("/oauth2/authorize").queryParam("response_type", "code")
                .queryParam("client_id", clientId).queryParam("scope", "openid profile")
                .queryParam("redirect_uri", REDIRECT).queryParam("state", "xyz")
                .queryParam("code_challenge", challenge).queryParam("code_challenge_method", "S256")
                .queryParam("nonce", "n-0S6").build().toUriString();
        String toLogin = mvc.perform(get(authorize).session(session).accept("text/html"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(toLogin).endsWith("/login");

        String back = mvc.perform(post("/login").session(session).param("username", mobile)
                        .param("password", IdentityFixtures.PASSWORD).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(back).contains("/oauth2/authorize");

        String callback = mvc.perform(get(URI.create(back)).session(session))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(callback).startsWith(REDIRECT).contains("state=xyz");
        String code = UriComponentsBuilder.fromUriString(callback).build().getQueryParams().getFirst("code");

        String tokens = mvc.perform(post("/oauth2/token").with(httpBasic(clientId, "s3cret"))
                        .param("grant_type", "authorization_code").param("code", code)
                        .param("redirect_uri", REDIRECT).param("code_verifier", verifier))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id_token").isString())
                .andReturn().getResponse().getContentAsString();
        String accessToken = JsonPath.read(tokens, "$.access_token");

        mvc.perform(get("/userinfo").header("Authorization", "Bearer " + accessToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sub").value(username))
                .andExpect(jsonPath("$.name").value("令*冲"))
                .andExpect(jsonPath("$.kind").value("PERSON"))
                .andExpect(jsonPath("$.real_name_level").value("L1"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + accessToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.kind").value("PERSON"));

        // the code is single-use
        mvc.perform(post("/oauth2/token").with(httpBasic(clientId, "s3cret"))
                        .param("grant_type", "authorization_code").param("code", code)
                        .param("redirect_uri", REDIRECT).param("code_verifier", verifier))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theCodeFlowRefusesAMissingOrWrongPkceVerifier() throws Exception {
        String clientId = register(AuthorizationGrantType.AUTHORIZATION_CODE);
        String noPkce = UriComponentsBuilder.fromPath("/oauth2/authorize").queryParam("response_type", "code")
                .queryParam("client_id", clientId).queryParam("scope", "openid")
                .queryParam("redirect_uri", REDIRECT).queryParam("state", "s").build().toUriString();
        String mobile = newMobile();
        IdentityFixtures.from(context).person("任盈盈", newIdNumber(), mobile);
        var session = new MockHttpSession();
        mvc.perform(post("/login").session(session).param("username", mobile)
                .param("password", IdentityFixtures.PASSWORD).with(csrf()));
        String location = mvc.perform(get(noPkce).session(session)).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith(REDIRECT).contains("error=invalid_request");
    }

    @Test
    void aSystemGetsAClientCredentialsTokenForTheApi() throws Exception {
        String clientId = register(AuthorizationGrantType.CLIENT_CREDENTIALS);
        String tokens = mvc.perform(post("/oauth2/token").with(httpBasic(clientId, "s3cret"))
                        .param("grant_type", "client_credentials").param("scope", "api"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String accessToken = JsonPath.read(tokens, "$.access_token");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + accessToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("SYSTEM"))
                .andExpect(jsonPath("$.username").value(clientId));
        mvc.perform(post("/oauth2/token").with(httpBasic(clientId, "wrong"))
                .param("grant_type", "client_credentials")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-token"))
                .andExpect(status().isUnauthorized());
    }
}
