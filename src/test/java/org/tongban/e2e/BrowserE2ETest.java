package org.tongban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongban.shared.IdNumber;

/**
 * The platform in Debian's Chromium (-Pe2e): register, sign in, 适老化 on and off, sign out, with
 * screenshots of the home, sign-in and personal pages at desktop (1366×768) and phone (390×844) widths
 * in target/screenshots/. Playwright never downloads a browser here.
 */
class BrowserE2ETest extends BrowserTestSupport {

    private static String idNumber(int n) {
        String first17 = "3713021988" + String.format("%02d", 1 + n % 12) + String.format("%02d", 1 + n % 28)
                + String.format("%03d", n % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    @Test
    void aPersonRegistersSignsInUsesElderModeAndSignsOut() {
        int n = (int) (System.nanoTime() % 100_000);
        String id = idNumber(n);
        String mobile = "186" + String.format("%08d", n);

        page.navigate(url("/"));
        assertThat(page.locator("h1").innerText()).contains("通办");
        shoot("home");

        page.navigate(url("/register"));
        page.getByLabel("姓名").fill("张三丰");
        page.getByLabel("身份证号码").fill(id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1'));
        page.getByLabel("手机号码").fill(mobile);
        page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("Abcdef12");
        page.getByLabel("确认密码").fill("Abcdef12");
        page.locator("main form button.tb-btn-wide").click();
        assertThat(page.locator("#idNumber-error").innerText()).contains("校验位不正确");
        shoot("register-error");

        page.getByLabel("身份证号码").fill(id);
        page.getByLabel("密码", new Page.GetByLabelOptions().setExact(true)).fill("Abcdef12");
        page.getByLabel("确认密码").fill("Abcdef12");
        page.locator("main form button.tb-btn-wide").click();
        page.waitForURL("**/login?registered=L1");
        assertThat(page.locator(".alert-success").innerText()).contains("注册成功");
        shoot("login");

        page.locator("#username").fill(mobile);
        page.locator("#password").fill("Abcdef12");
        page.locator("form[action='/login'] button[type=submit]").click();
        page.waitForURL("**/me");
        String me = page.locator("main").innerText();
        assertThat(me).contains("张*丰").contains(id.substring(0, 6) + "********" + id.substring(14))
                .doesNotContain(id).doesNotContain(mobile);
        shoot("me");

        page.locator(".tb-elder-switch").click();
        page.waitForURL("**/me");
        assertThat(page.locator("body").getAttribute("class")).contains("elder");
        assertThat(page.locator(".tb-elder-switch").innerText()).isEqualTo("退出长辈模式");
        shoot("me-elder");
        page.navigate(url("/"));
        assertThat(page.locator("body").getAttribute("class")).contains("elder");
        shoot("home-elder");
        page.locator(".tb-elder-switch").click();
        page.waitForURL(url("/"));
        assertThat(page.evaluate("() => document.body.classList.contains('elder')")).isEqualTo(false);

        page.locator("form[action='/logout'] button").click();
        page.waitForURL("**/?signedOut");
        assertThat(page.locator(".alert-info").innerText()).contains("已安全退出");
        page.navigate(url("/me"));
        page.waitForURL("**/login");
    }

    @Test
    void theSmsButtonUpdatesInPlaceAndWrongPasswordsExplainThemselves() {
        page.navigate(url("/login"));
        page.locator("#sms-mobile").fill("13");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("获取验证码")).click();
        page.locator("#sms-status .text-danger").waitFor();
        assertThat(page.locator("#sms-status").innerText()).contains("11 位手机号码");
        assertThat(page.url()).endsWith("/login");

        page.locator("#username").fill("nobody-here");
        page.locator("#password").fill("Wrong@123");
        page.locator("form[action='/login'] button[type=submit]").click();
        page.waitForURL("**/login?error");
        assertThat(page.locator("#sign-in-error").innerText()).contains("用户名或密码错误");
        shoot("login-error");
    }

    @Test
    void theGuideRendersInEveryChannelFromTheSamePublishedVersion() {
        page.navigate(url("/items?region=371302&highFrequency=true"));
        shoot("browse");
        String href = page.locator(".tb-item-list a").first().getAttribute("href");
        String code = href.substring(href.lastIndexOf('/') + 1);
        page.navigate(url("/api/v1/items/" + code));
        String apiSummary = page.locator("body").innerText();
        for (String view : List.of("standard", "window", "kiosk", "tv", "print")) {
            page.navigate(url("/guide/" + code + "?view=" + view));
            String name = page.locator("h1").innerText();
            assertThat(apiSummary).contains(name);
            assertThat(page.locator("svg.tb-steps").count()).isEqualTo(1);
            shoot("guide-" + view);
        }
        page.navigate(url("/guide/" + code + "?view=window"));
        assertThat(page.locator("input[type=checkbox]").count()).isGreaterThan(0);
    }
}
