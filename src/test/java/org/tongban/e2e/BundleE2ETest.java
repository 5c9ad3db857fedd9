package org.tongban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.casework.CaseFixtures;
import org.tongban.identity.IdentityFixtures;
import org.tongban.search.SearchReadiness;

/**
 * 一件事一次办 in the browser: a person searches "生孩子", opens the life event, picks the region, reads the one
 * notice (each material once, 免提交 for what an earlier item supplies), chooses an optional item, fills one
 * form, uploads each material once and follows the cases it opened as one thing; the notice in 适老化 mode too.
 */
class BundleE2ETest extends BrowserTestSupport {

    @Autowired
    ApplicationContext spring;
    @Autowired
    SearchReadiness search;

    @Test
    void aPersonFindsTheLifeEventAppliesOnceAndFollowsItsCases() throws Exception {
        assertThat(search.awaitReady(Duration.ofMinutes(3))).isTrue();
        String mobile = mobile();
        IdentityFixtures.from(spring).person("钱美玲", idNumber(), mobile);
        Path pdf = Files.createTempFile("material", ".pdf");
        Files.write(pdf, CaseFixtures.pdf());
        signIn(mobile, IdentityFixtures.PASSWORD);

        page.navigate(url("/search?q=" + URLEncoder.encode("生孩子", StandardCharsets.UTF_8)));
        assertThat(page.locator(".tb-bundle-results").innerText()).contains("新生儿出生一件事", "一件事");
        shoot("bundle-search");
        page.locator(".tb-bundle-results .tb-result-title").first().click();
        page.waitForURL("**/bundles/newborn**");
        if (page.locator(".tb-region-ask").count() > 0) {
            assertThat(page.locator(".tb-region-ask").innerText()).contains("请先选择您要办理的地区");
            page.locator(".tb-region-ask a:has-text('兰山区')").first().click();
            page.waitForLoadState();
        }
        String notice = page.locator("body").innerText();
        assertThat(notice).contains("办理地区：山东省临沂市兰山区", "包含的事项", "出生登记", "一套材料",
                "免提交：由“出生医学证明签发”的办理结果提供");
        shoot("bundle-notice");
        page.locator(".tb-elder-switch").click();
        page.waitForLoadState();
        assertThat(page.locator("#bundle-apply").isVisible()).isTrue();
        shoot("bundle-notice-elder");
        page.locator(".tb-elder-switch").click();
        page.waitForLoadState();

        page.locator("#m-002013104000").check();
        page.locator("#bundle-apply").click();
        page.waitForURL("**/bundles/newborn/apply**");
        assertThat(page.locator("body").innerText()).contains("一张申请表", "社会保障卡申领", "来源：实名认证");
        assertThat(page.locator("input[name=contactPhone]").count()).isEqualTo(1);
        // The baby's particulars are asked for once, for every item that needs them.
        assertThat(page.locator("#f-childName").count()).isEqualTo(1);
        assertThat(page.locator("#f-childBirthDate").count()).isEqualTo(1);
        page.locator("#f-childGender").selectOption("女");
        for (String field : new String[] {"contactName", "contactPhone", "address", "reason", "childName",
                "childBirthDate", "birthPlace", "motherName", "motherIdNumber", "householdAddress"}) {
            var input = page.locator("#f-" + field);
            if (input.count() > 0 && input.inputValue().isBlank()) {
                input.fill(switch (field) {
                    case "contactName", "motherName" -> "钱美玲";
                    case "contactPhone" -> mobile;
                    case "address", "householdAddress" -> "临沂市兰山区沂蒙路 66 号";
                    case "childName" -> "钱小满";
                    case "childBirthDate" -> LocalDate.now().minusDays(5).toString();
                    case "birthPlace" -> "临沂市妇幼保健院";
                    case "motherIdNumber" -> "37130219900101002X";
                    default -> "孩子出生，一次办理出生一件事";
                });
            }
        }
        var files = page.locator("input[type=file]");
        for (int i = 0; i < files.count(); i++) {
            files.nth(i).setInputFiles(pdf);
        }
        shoot("bundle-apply");
        page.locator("#submit-bundle").click();
        page.waitForURL("**/me/bundles/YJ**");
        String progress = page.locator("body").innerText();
        assertThat(progress).contains("申请已提交", "新生儿出生一件事", "办理中：已办结 0 / 5 个事项", "待受理");
        assertThat(page.locator("table tbody tr").count()).isEqualTo(5);
        shoot("bundle-progress");
        signOut();
    }
}
