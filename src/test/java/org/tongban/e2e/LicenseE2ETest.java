package org.tongban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.CaseworkRole;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemCode;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.IdentityFixtures;
import org.tongban.license.LicenseRole;
import org.tongban.shared.RegionCode;

/**
 * Electronic licenses in the browser: a case whose result is a license is completed and the license appears in
 * the holder's 我的证照; the holder opens 亮证 and a checker in a second browser reads its QR address and sees
 * the face data; the verification page by identifier; an issuer gives the holder an ID card, and a later
 * application that asks for 居民身份证 shows it 免提交. Screenshots at both widths and in 适老化 mode.
 */
class LicenseE2ETest extends BrowserTestSupport {

    @Autowired
    ApplicationContext spring;
    @Autowired
    Catalog catalog;
    @Autowired
    JdbcClient jdbc;

    private void act(String action) {
        page.locator("form:has(input[name=action][value='" + action + "']) button[type=submit]").click();
        page.waitForLoadState();
    }

    @Test
    void aCompletedCaseIssuesALicenseThatIsShownVerifiedAndReusedInstead() throws Exception {
        var identity = IdentityFixtures.from(spring);
        String mobile = mobile();
        String idNumber = idNumber();
        identity.person("林晓燕", idNumber, mobile);
        ItemDetail socialCard = catalog.listingFor(ItemCode.of("002013104000"), RegionCode.of("371302")).orElseThrow();
        String clerk = identity.staff(socialCard.department().name(), CaseworkRole.WINDOW_CLERK);
        String police = identity.staff("临沂市公安局兰山分局", LicenseRole.LICENSE_ISSUER);
        Path pdf = Files.createTempFile("material", ".pdf");
        Files.write(pdf, CaseFixtures.pdf());

        signIn(mobile, IdentityFixtures.PASSWORD);
        page.navigate(url("/apply/" + socialCard.code()));
        for (String field : new String[] {"address", "reason", "contactName", "contactPhone"}) {
            var input = page.locator("#f-" + field);
            if (input.count() > 0 && input.inputValue().isBlank()) {
                input.fill(field.equals("contactPhone") ? mobile : "临沂市兰山区沂蒙路 66 号");
            }
        }
        for (int i = 0; i < socialCard.materials().size(); i++) {
            if (socialCard.materials().get(i).required()) {
                page.locator("#file_" + i).setInputFiles(pdf);
            }
        }
        page.locator("#submit-application").click();
        page.waitForURL("**/me/cases/**");
        String number = page.url().substring(page.url().lastIndexOf('/') + 1);
        signOut();

        signIn(clerk, IdentityFixtures.PASSWORD);
        page.navigate(url("/workspace/cases/" + number));
        act("accept");
        page.locator("#opinion-approve").fill("材料齐全，当场办结");
        act("approve");
        act("complete");
        signOut();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from license where case_number = ?").param(number).query(Integer.class).single() == 1);

        signIn(mobile, IdentityFixtures.PASSWORD);
        page.navigate(url("/me/licenses"));
        assertThat(page.locator("body").innerText()).contains("中华人民共和国社会保障卡", "有效", socialCard.department().name());
        shoot("license-wallet");
        page.locator(".tb-license-card").first().click();
        page.waitForURL("**/me/licenses/1.2.156.3005.2.**");
        String identifier = page.locator(".tb-identifier").first().innerText().strip();
        assertThat(page.locator("img.tb-license-seal").evaluate("img => img.naturalWidth")).isNotEqualTo(0);
        shoot("license-detail");
        page.locator("#show-license").click();
        page.waitForURL("**/show");
        String shownUrl = page.locator("#show-qr").getAttribute("data-url");
        assertThat(shownUrl).contains("/verify/shown/");
        shoot("license-show");
        page.locator(".tb-elder-switch").click();
        page.waitForLoadState();
        assertThat(page.locator("#show-qr").isVisible()).isTrue();
        shoot("license-show-elder");
        page.locator(".tb-elder-switch").click();
        page.waitForLoadState();

        // The checker, in a browser of their own, opens what the QR holds.
        try (BrowserContext checker = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("zh-CN"))) {
            Page phone = checker.newPage();
            phone.navigate(shownUrl.replaceFirst("^https?://[^/]+", url("")));
            String checked = phone.locator("#verification").innerText();
            assertThat(checked).contains("核验通过：证照有效", "照面信息", "林晓燕", idNumber);
            phone.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("license-checked-mobile.png")).setFullPage(true));
            phone.navigate(url("/verify/" + identifier));
            assertThat(phone.locator("#verification").getAttribute("data-status")).isEqualTo("VALID");
            assertThat(phone.locator("#verification").innerText()).doesNotContain(idNumber).contains("林*燕");
        }
        page.navigate(url("/verify/" + identifier));
        shoot("license-verify");
        page.navigate(url("/verify/1.2.156.3005.2.bogus"));
        assertThat(page.locator("#verification").innerText()).contains("查无此证");
        signOut();

        // An ID card from the police, then a service asking for 居民身份证: 免提交.
        signIn(police, IdentityFixtures.PASSWORD);
        page.navigate(url("/workspace/licenses"));
        page.locator("#type").selectOption("11100000TB0000002N001");
        page.locator("form[action='/workspace/licenses'][method=get] button[type=submit]").click();
        page.waitForLoadState();
        page.locator("#holderName").fill("林晓燕");
        page.locator("#holderCode").fill(idNumber);
        page.locator("[id='face.gender']").fill("女");
        page.locator("[id='face.ethnicity']").fill("汉");
        page.locator("[id='face.birthDate']").fill("1975-06-01");
        page.locator("[id='face.address']").fill("山东省临沂市兰山区沂蒙路66号");
        shoot("license-issue");
        page.locator("#issue-form button[type=submit]").click();
        page.waitForURL("**/workspace/licenses/1.2.156.3005.2.**");
        assertThat(page.locator("#notice").innerText()).contains("证照已签发");
        assertThat(page.locator("#desk-verification").innerText()).contains("核验通过");
        shoot("license-desk-detail");
        signOut();

        String code = CaseFixtures.of(null, spring).listingAsking("居民身份证").code();
        signIn(mobile, IdentityFixtures.PASSWORD);
        page.navigate(url("/apply/" + code));
        assertThat(page.locator(".tb-licensed").first().innerText()).contains("免提交", "使用电子证照：中华人民共和国居民身份证");
        shoot("license-apply-free");
        signOut();
    }
}
