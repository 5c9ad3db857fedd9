package org.tongban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.CaseworkRole;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;

/**
 * A case in the browser, online and at a window: a person applies with the auto-filled form and uploads,
 * the clerk pins a note on a material and asks for a correction, the person sees the note and the person corrects, the approver (and the leader, for a permit)
 * decides, the case is finished and delivered, and the person sees 已送达 with the decision to download.
 * Screenshots of every screen at both widths, also in 适老化 mode for the applicant's case page.
 */
class CaseFlowE2ETest extends BrowserTestSupport {

    @Autowired
    ApplicationContext spring;

    private void act(String action) {
        page.locator("form:has(input[name=action][value='" + action + "']) button[type=submit]").click();
        page.waitForLoadState();
    }

    /**
     * A listing with its own form (个体工商户设立登记): the operator's name and ID number are taken from the
     * identity and cannot be typed, choices and the commitment are the form's, and every problem shows next to
     * its field with what was typed kept; also in 适老化 mode.
     */
    @Test
    void aPersonFillsAListingsOwnFormWithIdentityFieldsTakenFromTheIdentity() throws Exception {
        var identity = IdentityFixtures.from(spring);
        String code = spring.getBean(JdbcClient.class)
                .sql("select listing_code from listing where basic_code = '000127102000' and region_code = '371302' "
                        + "and status = 'PUBLISHED' order by listing_code").query(String.class).list().get(0);
        String mobile = mobile();
        identity.person("郑秀英", idNumber(), mobile);
        signIn(mobile, IdentityFixtures.PASSWORD);
        page.navigate(url("/apply/" + code));
        String body = page.locator("body").innerText();
        assertThat(body).contains("经营者姓名", "郑*英", "来源：实名认证", "组成形式", "本人承诺所填信息真实");
        assertThat(page.locator("input[name=fullName]").count()).isZero();
        assertThat(page.locator("input[name=idNumber]").count()).isZero();
        shoot("form-own");
        // In 适老化 mode, with problems: each is named next to its field and what was typed stays.
        page.locator(".tb-elder-switch").click();
        page.waitForLoadState();
        page.locator("#f-organizationForm").selectOption("个人经营");
        page.locator("#f-premisesAddress").fill("临沂市兰山区金雀山路 8 号");
        page.locator("#f-employees").fill("三个");
        page.locator("#submit-application").click();
        page.waitForLoadState();
        assertThat(page.locator("#f-businessScope-error").innerText()).isEqualTo("请填写“经营范围”。");
        assertThat(page.locator("#f-employees-error").innerText()).isEqualTo("“从业人员（人）”请填写整数。");
        assertThat(page.locator("#f-commitment-error").innerText()).contains("请阅读并勾选");
        assertThat(page.locator("#f-premisesAddress").inputValue()).isEqualTo("临沂市兰山区金雀山路 8 号");
        shoot("form-own-errors-elder");
        page.locator(".tb-elder-switch").click();
        page.waitForLoadState();
        signOut();
    }

    @Test
    void aPersonAppliesOnlineCorrectsAndGetsTheDecision() throws Exception {
        var identity = IdentityFixtures.from(spring);
        ItemDetail item = CaseFixtures.of(null, spring).listing(true, "PROMISED");
        String mobile = mobile();
        identity.person("孙丽华", idNumber(), mobile);
        String clerk = identity.staff(item.department().name(), CaseworkRole.WINDOW_CLERK);
        String approver = identity.staff(item.department().name(), CaseworkRole.APPROVER);
        String leader = identity.staff(item.department().name(), AccountRole.DEPARTMENT_LEADER);
        Path pdf = Files.createTempFile("material", ".pdf");
        Files.write(pdf, CaseFixtures.pdf());

        signIn(mobile, IdentityFixtures.PASSWORD);
        page.navigate(url("/apply/" + item.code() + "?view=kiosk"));
        shoot("case-apply-kiosk");
        page.navigate(url("/guide/" + item.code()));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("我要办理")).first().click();
        page.waitForURL("**/apply/**");
        assertThat(page.locator("body").innerText()).contains("来源：实名认证").contains("孙*");
        page.locator("#f-address").fill("临沂市兰山区通达路 88 号");
        page.locator("#f-reason").fill("新开门店，申请办理");
        // The draft saves itself as the person types (htmx), so they can resume on another device.
        page.waitForSelector("#draft-status:has-text('自动保存')");
        for (int i = 0; i < item.materials().size(); i++) {
            if (item.materials().get(i).required()) {
                page.locator("#file_" + i).setInputFiles(pdf);
            }
        }
        shoot("case-apply");
        page.locator("#submit-application").click();
        page.waitForURL("**/me/cases/**");
        String number = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(page.locator("body").innerText()).contains("待受理").contains(number);
        shoot("case-submitted");
        signOut();

        signIn(clerk, IdentityFixtures.PASSWORD);
        // Other tests' cases share the clerk's county, so the new one may be on a later page of the inbox.
        int onPage = 0;
        page.navigate(url("/workspace/cases"));
        while (!page.locator("body").innerText().contains(number) && onPage < 20) {
            page.navigate(url("/workspace/cases?page=" + ++onPage));
        }
        assertThat(page.locator("body").innerText()).contains(number);
        shoot("case-inbox");
        page.navigate(url("/workspace/cases/" + number));
        shoot("case-work-intake");
        // 在线批注: read the first material in place and pin a note where the signature is missing.
        page.locator("a:has-text('在线查看与批注')").first().click();
        page.waitForURL("**/view**");
        page.locator("#note").fill("此处缺少申请人签字");
        page.locator("input[name=pin]").click(new Locator.ClickOptions().setPosition(420, 600));
        page.waitForLoadState();
        assertThat(page.locator(".tb-pin-dot").count()).isEqualTo(1);
        assertThat(page.locator(".tb-pin-dot").getAttribute("cx")).isEqualTo("420");
        shoot("case-material-annotated");
        page.navigate(url("/workspace/cases/" + number));
        page.locator("#missing-request-correction").fill("身份证复印件不清晰，请重新上传\n申请表缺少签字");
        act("request-correction");
        assertThat(page.locator("body").innerText()).contains("计时暂停");
        signOut();

        signIn(mobile, IdentityFixtures.PASSWORD);
        page.navigate(url("/me/cases/" + number));
        assertThat(page.locator("#correction").innerText()).contains("申请表缺少签字");
        shoot("case-correction");
        page.locator("a:has-text('在线查看与批注')").first().click();
        page.waitForURL("**/view**");
        assertThat(page.locator("body").innerText()).contains("此处缺少申请人签字");
        shoot("case-material-applicant");
        page.navigate(url("/me/cases/" + number));
        page.locator("#note").fill("已重新扫描并补签");
        page.locator("#files").setInputFiles(pdf);
        page.locator("#correction button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator("body").innerText()).contains("待受理");
        signOut();

        signIn(clerk, IdentityFixtures.PASSWORD);
        page.navigate(url("/workspace/cases/" + number));
        act("accept");
        signOut();
        signIn(approver, IdentityFixtures.PASSWORD);
        page.navigate(url("/workspace/cases/" + number));
        page.locator("#opinion-approve").fill("材料齐全，符合法定条件");
        page.locator("#basis-approve").fill("《中华人民共和国行政许可法》第三十八条");
        shoot("case-work-review");
        act("approve");
        signOut();
        signIn(leader, IdentityFixtures.PASSWORD);
        page.navigate(url("/workspace/cases/" + number));
        page.locator("#opinion-approve").fill("同意");
        act("approve");
        signOut();
        signIn(clerk, IdentityFixtures.PASSWORD);
        page.navigate(url("/workspace/cases/" + number));
        act("complete");
        page.locator("#method-deliver").selectOption("ELECTRONIC");
        act("deliver");
        signOut();

        signIn(mobile, IdentityFixtures.PASSWORD);
        page.navigate(url("/me/cases/" + number));
        String done = page.locator("body").innerText();
        assertThat(done).contains("已送达").contains("准予").contains("拟准予");
        shoot("case-delivered");
        var decision = page.locator("a[href*='/documents/approval-decision']");
        if (decision.count() > 0) {
            var download = page.request().get(decision.first().getAttribute("href").startsWith("http")
                    ? decision.first().getAttribute("href") : url(decision.first().getAttribute("href")));
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.headers().get("content-type")).startsWith("application/pdf");
        }
        page.navigate(url("/preferences/elder?on=1&back=/me/cases/" + number));
        shoot("case-delivered-elder");
    }

    @Test
    void aClerkTakesAWalkInAtTheWindowAndDecidesOnTheSpot() {
        var identity = IdentityFixtures.from(spring);
        ItemDetail item = CaseFixtures.of(null, spring).listing(true, "IMMEDIATE");
        String clerk = identity.staff(item.department().name(), CaseworkRole.WINDOW_CLERK);
        signIn(clerk, IdentityFixtures.PASSWORD);
        page.navigate(url("/workspace/window"));
        shoot("window-items");
        page.navigate(url("/workspace/window/" + item.code()));
        page.locator("#applicantName").fill("周建国");
        page.locator("#applicantNumber").fill(idNumber());
        page.locator("#applicantMobile").fill(mobile());
        for (int i = 0; i < item.materials().size(); i++) {
            page.locator("#paper_" + i).check();
        }
        shoot("window-entry");
        page.locator("form[action^='/workspace/window/'] button[type=submit]").click();
        page.waitForURL("**/workspace/cases/**");
        assertThat(page.locator("body").innerText()).contains("窗口受理").contains("纸质材料");
        act("accept");
        page.locator("#opinion-approve").fill("材料齐全，当场办结");
        act("approve");
        act("complete");
        page.locator("#method-deliver").selectOption("WINDOW");
        act("deliver");
        assertThat(page.locator("body").innerText()).contains("已送达");
        shoot("window-delivered");
    }
}
