package org.tongban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.options.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongban.casework.CaseFixtures;
import org.tongban.casework.CaseworkRole;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.IdentityFixtures;

/**
 * The main pages pass axe-core's WCAG 2.1 A and AA rules (contrast among them) in the ordinary view and in
 * 适老化 mode, signed out, as a person and as a member of staff.
 */
class AccessibilityE2ETest extends BrowserTestSupport {

    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired
    ApplicationContext spring;

    @Test
    void theMainPagesPassWcagAaInBothModes() {
        IdentityFixtures identity = IdentityFixtures.from(spring);
        ItemDetail item = CaseFixtures.of(null, spring).listing(true, "PROMISED");
        String mobile = mobile();
        identity.person("林无障", idNumber(), mobile);
        String clerk = identity.staff(item.department().name(), CaseworkRole.WINDOW_CLERK);

        List<String> problems = new ArrayList<>();
        for (boolean elder : new boolean[] {false, true}) {
            context.clearCookies();
            if (elder) {
                context.addCookies(List.of(new Cookie("tb_elder", "1").setUrl(url("/"))));
            }
            for (String path : List.of("/", "/search?q=%E8%90%A5%E4%B8%9A%E6%89%A7%E7%85%A7", "/bundles",
                    "/bundles/newborn?region=371302", "/guide/" + item.code(), "/login", "/register", "/assistant",
                    "/no-such-page")) {
                check(path, elder, problems);
            }
            signIn(mobile, IdentityFixtures.PASSWORD);
            for (String path : List.of("/me", "/me/cases", "/apply/" + item.code(), "/bundles/newborn/apply?region=371302")) {
                check(path, elder, problems);
            }
            signOut();
            signIn(clerk, IdentityFixtures.PASSWORD);
            for (String path : List.of("/workspace", "/workspace/cases")) {
                check(path, elder, problems);
            }
            signOut();
        }
        assertThat(problems).as("WCAG 2.1 AA problems found by axe-core").isEmpty();
    }

    private void check(String path, boolean elder, List<String> problems) {
        page.navigate(url(path));
        assertThat(page.locator("body.elder").count()).as(path + " in 适老化 mode").isEqualTo(elder ? 1 : 0);
        for (Rule rule : new AxeBuilder(page).withTags(TAGS).analyze().getViolations()) {
            rule.getNodes().forEach(node -> problems.add((elder ? "适老化 " : "") + path + " " + rule.getId() + " "
                    + node.getTarget() + " " + node.getFailureSummary().replace('\n', ' ')));
        }
    }
}
