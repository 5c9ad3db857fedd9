package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tongban.IntegrationTest;
import org.tongban.notification.OutboxSmsGateway;

/** Sign-in by password and by SMS code: lockout, rate limits, single-use codes and password reset. */
class SignInTest extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @Autowired
    ApplicationContext context;
    @Autowired
    OutboxSmsGateway outbox;
    @Autowired
    JdbcTemplate jdbc;

    private IdentityFixtures fixtures;
    private String mobile;
    private String address;

    @BeforeEach
    void person() {
        fixtures = IdentityFixtures.from(context);
        mobile = newMobile();
        address = newAddress();
        fixtures.person("孙悟空", newIdNumber(), mobile);
    }

    private RequestPostProcessor from(String remote) {
        return request -> {
            request.setRemoteAddr(remote);
            return request;
        };
    }

    private MvcResult signIn(String username, String password, MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").session(session).param("username", username).param("password", password)
                .with(csrf()).with(from(address))).andReturn();
    }

    private String lastCodeTo(String number) {
        String text = outbox.latestTo(number).orElseThrow().text();
        Matcher matcher = CODE.matcher(text);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void signsInWithMobileAndPassword() throws Exception {
        var session = new MockHttpSession();
        MvcResult result = signIn(mobile, IdentityFixtures.PASSWORD, session);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/me");
        mvc.perform(get("/api/v1/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("PERSON"))
                .andExpect(jsonPath("$.person.name").value("孙*空"))
                .andExpect(jsonPath("$.person.mobile").value(mobile.substring(0, 3) + "****" + mobile.substring(7)));
    }

    @Test
    void locksTheAccountAfterFiveWrongPasswordsWithTheUnlockTime() throws Exception {
        var session = new MockHttpSession();
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(signIn(mobile, "Wrong@pass" + attempt, session).getResponse().getRedirectedUrl())
                    .isEqualTo("/login?error");
        }
        mvc.perform(get("/login").session(session))
                .andExpect(content().string(Matchers.containsString("还可尝试 1 次")));
        signIn(mobile, "Wrong@pass5", session);
        mvc.perform(get("/login").session(session))
                .andExpect(content().string(Matchers.containsString("账号已锁定，请于")));
        // the right password does not open a locked account
        assertThat(signIn(mobile, IdentityFixtures.PASSWORD, session).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
        assertThat(jdbc.queryForObject("select count(*) from account where mobile = ? and locked_until is not null",
                Integer.class, mobile)).isOne();
        // after the lock time it opens again
        clock.advance(Duration.ofMinutes(16));
        assertThat(signIn(mobile, IdentityFixtures.PASSWORD, session).getResponse().getRedirectedUrl()).isEqualTo("/me");
    }

    @Test
    void anUnknownAccountGetsTheSameMessageAsAWrongPassword() throws Exception {
        var session = new MockHttpSession();
        signIn("nobody-" + mobile, "Whatever@1", session);
        mvc.perform(get("/login").session(session))
                .andExpect(content().string(Matchers.containsString("用户名或密码错误。")));
    }

    @Test
    void limitsSignInAttemptsPerAddress() throws Exception {
        var session = new MockHttpSession();
        for (int i = 0; i < 30; i++) {
            signIn("nobody-" + i, "Whatever@1", session);
        }
        signIn(mobile, IdentityFixtures.PASSWORD, session);
        mvc.perform(get("/login").session(session))
                .andExpect(content().string(Matchers.containsString("登录尝试过于频繁")));
    }

    @Test
    void signsInWithAnSmsCodeThatWorksOnce() throws Exception {
        mvc.perform(post("/login/sms/code").param("mobile", mobile).with(csrf()).with(from(address)))
                .andExpect(status().isOk());
        String code = lastCodeTo(mobile);
        String wrong = code.equals("000000") ? "111111" : "000000";
        mvc.perform(post("/login/sms").param("mobile", mobile).param("code", wrong).with(csrf()).with(from(address)))
                .andExpect(content().string(Matchers.containsString("验证码不正确或已失效")));
        var session = new MockHttpSession();
        mvc.perform(post("/login/sms").session(session).param("mobile", mobile).param("code", code).with(csrf())
                .with(from(address))).andExpect(redirectedUrl("/me"));
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isOk());
        mvc.perform(post("/login/sms").param("mobile", mobile).param("code", code).with(csrf()).with(from(address)))
                .andExpect(content().string(Matchers.containsString("验证码不正确或已失效")));
    }

    @Test
    void anSmsCodeExpires() throws Exception {
        mvc.perform(post("/login/sms/code").param("mobile", mobile).with(csrf()).with(from(address)));
        String code = lastCodeTo(mobile);
        clock.advance(Duration.ofMinutes(6));
        mvc.perform(post("/login/sms").param("mobile", mobile).param("code", code).with(csrf()).with(from(address)))
                .andExpect(content().string(Matchers.containsString("验证码不正确或已失效")));
    }

    @Test
    void anSmsCodeCannotFloodAPhone() throws Exception {
        mvc.perform(post("/login/sms/code").param("mobile", mobile).with(csrf()).with(from(address)));
        mvc.perform(post("/login/sms/code").param("mobile", mobile).with(csrf()).with(from(address)))
                .andExpect(content().string(Matchers.containsString("验证码发送过于频繁")));
        for (int i = 0; i < 9; i++) {
            clock.advance(Duration.ofSeconds(61));
            mvc.perform(post("/login/sms/code").param("mobile", mobile).with(csrf()).with(from(newAddress())));
        }
        clock.advance(Duration.ofSeconds(61));
        mvc.perform(post("/login/sms/code").param("mobile", mobile).with(csrf()).with(from(newAddress())))
                .andExpect(content().string(Matchers.containsString("今日接收验证码次数已达上限")));
        assertThat(jdbc.queryForObject("select count(*) from sms_outbox where mobile = ?", Integer.class, mobile))
                .isEqualTo(10);
    }

    @Test
    void oneAddressCannotRequestCodesForManyPhones() throws Exception {
        String flooder = newAddress();
        for (int i = 0; i < 30; i++) {
            String other = newMobile();
            fixtures.person("路人", newIdNumber(), other);
            mvc.perform(post("/login/sms/code").param("mobile", other).with(csrf()).with(from(flooder)));
        }
        mvc.perform(post("/login/sms/code").param("mobile", mobile).with(csrf()).with(from(flooder)))
                .andExpect(content().string(Matchers.containsString("当前网络请求验证码过于频繁")));
    }

    @Test
    void resetsThePasswordWithACodeAndUnlocks() throws Exception {
        mvc.perform(post("/password/reset").param("sendCode", "1").param("mobile", mobile).with(csrf())
                .with(from(address))).andExpect(status().isOk());
        String code = lastCodeTo(mobile);
        mvc.perform(post("/password/reset").param("mobile", mobile).param("code", code)
                        .param("password", "weak").param("passwordConfirmation", "weak").with(csrf()))
                .andExpect(content().string(Matchers.containsString("密码至少 8 位")));
        mvc.perform(post("/password/reset").param("mobile", mobile).param("code", code)
                        .param("password", "New@pass2026").param("passwordConfirmation", "New@pass2026").with(csrf()))
                .andExpect(redirectedUrl("/login?reset"));
        assertThat(signIn(mobile, "New@pass2026", new MockHttpSession()).getResponse().getRedirectedUrl())
                .isEqualTo("/me");
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", mobile).param("password", IdentityFixtures.PASSWORD))
                .andExpect(status().isForbidden());
    }
}
