package org.tongban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tongban.casework.CaseFixtures;
import org.tongban.feedback.FeedbackFixtures;
import org.tongban.feedback.FeedbackRole;
import org.tongban.identity.AccountRole;
import org.tongban.identity.IdentityFixtures;

/**
 * 好差评 and 12345 in the browser: a citizen gives a finished case 非常不满意, the department's handler verifies
 * it, follows up and closes the rectification, and the supervisor's board shows 差评整改率 move; a hotline agent
 * enters a call, dispatches it, the department returns it, the agent re-dispatches, the right department signs
 * and replies, and the agent closes and archives it after a satisfied call-back. Screenshots at both widths.
 */
class FeedbackE2ETest extends BrowserTestSupport {

    private static final Pattern FIGURES = Pattern.compile("（(\\d+) / (\\d+)）");

    @Autowired
    ApplicationContext spring;
    @Autowired
    WebApplicationContext web;
    @Autowired
    JdbcClient jdbc;

    /** The same application through MockMvc, for the fixtures that finish a case as staff through the API. */
    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(web).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private static void signIn(Page on, String url, String login) {
        on.navigate(url);
        on.locator("#username").fill(login);
        on.locator("#password").fill(IdentityFixtures.PASSWORD);
        on.locator("form[action='/login'] button[type=submit]").click();
        on.waitForLoadState();
    }

    private static String rectifiedFigure(Page board) {
        return board.locator("#rates .card:has(h3:text-is('差评整改率')) .tb-rate-value").innerText().strip();
    }

    private static long[] figures(String text) {
        Matcher m = FIGURES.matcher(text);
        assertThat(m.find()).as("figures in " + text).isTrue();
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }

    private void submit(String form) {
        page.locator(form + " button[type=submit]").first().click();
        page.waitForLoadState();
    }

    private String rectificationStatus(long id) {
        return jdbc.sql("select status from rectification where id = ?").param(id).query(String.class).single();
    }

    private String ticketStatus(String number) {
        return jdbc.sql("select status from ticket where ticket_number = ?").param(number).query(String.class).single();
    }

    @Test
    void aBadRatingIsVerifiedRectifiedFollowedUpAndTheSupervisorSeesTheRateChange() throws Exception {
        var identity = IdentityFixtures.from(spring);
        var feedback = new FeedbackFixtures(mvc(), spring);
        String mobile = mobile();
        String citizen = identity.person("王秀兰", idNumber(), mobile).username();
        String number = feedback.completedCase(identity.signedIn(citizen));
        String handler = identity.staff(feedback.departmentName(), FeedbackRole.FEEDBACK_HANDLER);
        String supervisor = identity.staff(CaseFixtures.LANSHAN, AccountRole.SUPERVISOR);

        // The supervisor, in a browser of their own, notes 差评整改率 before.
        try (BrowserContext supervision = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1366, 768).setLocale("zh-CN"))) {
            Page board = supervision.newPage();
            signIn(board, url("/login"), supervisor);
            board.navigate(url("/workspace/supervision"));
            assertThat(board.locator("#rates").innerText()).contains("差评整改率", "好评率", "按期办结率");
            String before = rectifiedFigure(board);
            long[] was = figures(before);

            // The citizen rates the case 非常不满意 with a reason.
            signIn(mobile, IdentityFixtures.PASSWORD);
            page.navigate(url("/rate/case/" + number));
            assertThat(page.locator("body").innerText()).contains("非常不满意", feedback.departmentName());
            page.locator("label[for='level-1']").click();
            page.locator("#reason-ERRANDS").check();
            page.locator("#comment").fill("同一份材料跑了三趟才收下");
            shoot("rating-bad");
            submit("#rating-form");
            page.waitForURL("**/rate/done");
            assertThat(page.locator("body").innerText()).contains("评价已提交", "感谢您的评价");
            long id = feedback.rectificationOf(number);
            assertThat(rectificationStatus(id)).isEqualTo("ASSIGNED");
            signOut();

            // The department's handler verifies, follows up and closes.
            signIn(handler, IdentityFixtures.PASSWORD);
            page.navigate(url("/workspace/rectifications"));
            var row = page.locator("#rectification-rows tr[data-id='" + id + "']");
            assertThat(row.innerText()).contains("非常不满意", "待核实");
            row.locator("a").first().click();
            page.waitForURL("**/workspace/rectifications/" + id);
            assertThat(page.locator("#rectification-facts").innerText()).contains("多次跑腿", "同一份材料跑了三趟才收下");
            page.locator("#finding").fill("窗口未一次性告知所需材料，群众多跑两次属实");
            page.locator("#resolution-IMMEDIATE").check();
            page.locator("#verify-note").fill("已当场向窗口人员重申一次性告知制度");
            submit("#form-verify");
            assertThat(page.locator("#notice").innerText()).contains("已记录");
            assertThat(page.locator("#rectification-facts").innerText()).contains("待回访", "立行立改");
            assertThat(rectificationStatus(id)).isEqualTo("RESOLVED");
            page.locator("#follow-level").selectOption("4");
            page.locator("#follow-note").fill("电话回访，群众表示满意");
            submit("#form-follow-up");
            assertThat(page.locator("#rectification-facts").innerText()).contains("已回访待办结", "满意 电话回访，群众表示满意");
            assertThat(rectificationStatus(id)).isEqualTo("FOLLOWED_UP");
            page.locator("#do-close").click();
            page.waitForLoadState();
            assertThat(page.locator("#rectification-facts").innerText()).contains("已办结");
            assertThat(page.locator("#rectification-history").innerText()).contains("差评转办", "核实", "回访", "办结");
            assertThat(rectificationStatus(id)).isEqualTo("CLOSED");
            shoot("rectification");
            signOut();

            // The supervisor reloads the board: one more bad rating, one more closed.
            board.reload();
            String after = rectifiedFigure(board);
            assertThat(after).isNotEqualTo(before).contains("（" + (was[0] + 1) + " / " + (was[1] + 1) + "）");
            Page own = page;
            page = board;
            try {
                shoot("supervision-rates");
            } finally {
                page = own;
            }
        }
    }

    @Test
    void aHotlineTicketIsDispatchedReturnedRedispatchedRepliedAndFollowedUp() {
        var identity = IdentityFixtures.from(spring);
        Map<String, Object> other = jdbc.sql("""
                select credit_code, name from department where region_code = '371302' and credit_code <> ?
                  and name not in (select name from department group by name having count(*) > 1)
                order by credit_code""").param(CaseFixtures.LANSHAN_CODE).query().listOfRows().get(0);
        String codeA = (String) other.get("credit_code");
        String nameA = (String) other.get("name");
        String agent = identity.staff(CaseFixtures.LANSHAN, FeedbackRole.HOTLINE_AGENT);
        String handlerA = identity.staff(nameA, FeedbackRole.FEEDBACK_HANDLER);
        String handlerB = identity.staff(CaseFixtures.LANSHAN, FeedbackRole.FEEDBACK_HANDLER);
        String caller = mobile();

        // The agent enters the call.
        signIn(agent, IdentityFixtures.PASSWORD);
        page.navigate(url("/workspace/tickets"));
        page.locator("#new-ticket summary").click();
        page.locator("#kind").selectOption("COMPLAINT");
        page.locator("#category").selectOption("ERRANDS");
        page.locator("#name").fill("刘桂芳");
        page.locator("#mobile").fill(caller);
        page.locator("#title").fill("办理营业执照变更多次跑腿");
        page.locator("#content").fill("来电人反映在兰山区办理营业执照变更，窗口每次只告知一项缺少的材料，前后跑了四趟仍未办成。");
        page.locator("#regionCode").fill("371302");
        submit("#new-ticket form");
        page.waitForURL("**/workspace/tickets/*");
        String number = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(page.locator("#notice").innerText()).contains("工单 " + number + " 已受理");
        assertThat(page.locator("#ticket-facts").innerText()).contains("已受理", "投诉", "多次跑腿", "刘桂芳");
        assertThat(ticketStatus(number)).isEqualTo("RECEIVED");
        shoot("ticket-new");

        page.locator("#departments").selectOption(codeA);
        page.locator("#dispatch-note").fill("请核实处理");
        submit("#form-dispatch");
        assertThat(page.locator("#ticket-facts").innerText()).contains("已派单");
        assertThat(page.locator("#assignments").innerText()).contains(nameA);
        assertThat(ticketStatus(number)).isEqualTo("DISPATCHED");
        signOut();

        // Department A is the wrong one and returns it.
        signIn(handlerA, IdentityFixtures.PASSWORD);
        page.navigate(url("/workspace/tickets/" + number));
        page.locator("#note-return").fill("营业执照变更不属本单位职责，应由行政审批服务局办理");
        submit("#form-return");
        assertThat(page.locator("#ticket-facts").innerText()).contains("已退单");
        assertThat(ticketStatus(number)).isEqualTo("RETURNED");
        signOut();

        // The agent re-dispatches to the approvals bureau.
        signIn(agent, IdentityFixtures.PASSWORD);
        page.navigate(url("/workspace/tickets/" + number));
        assertThat(page.locator("#assignments").innerText()).contains("营业执照变更不属本单位职责");
        page.locator("#departments").selectOption(CaseFixtures.LANSHAN_CODE);
        submit("#form-dispatch");
        assertThat(page.locator("#ticket-facts").innerText()).contains("已派单");
        assertThat(page.locator("#assignments").innerText()).contains(CaseFixtures.LANSHAN);
        assertThat(ticketStatus(number)).isEqualTo("DISPATCHED");
        signOut();

        // Department B signs and replies.
        signIn(handlerB, IdentityFixtures.PASSWORD);
        page.navigate(url("/workspace/tickets/" + number));
        page.locator("#do-sign").click();
        page.waitForLoadState();
        assertThat(page.locator("#ticket-facts").innerText()).contains("办理中");
        page.locator("#note-reply").fill("已联系来电人，材料清单一次性告知，次日当场办结变更");
        submit("#form-reply");
        assertThat(page.locator("#ticket-facts").innerText()).contains("已答复");
        assertThat(ticketStatus(number)).isEqualTo("REPLIED");
        signOut();

        // The agent closes, calls back and the ticket is archived.
        signIn(agent, IdentityFixtures.PASSWORD);
        page.navigate(url("/workspace/tickets/" + number));
        assertThat(page.locator("#assignments").innerText()).contains("次日当场办结变更");
        page.locator("#do-close").click();
        page.waitForLoadState();
        assertThat(page.locator("#ticket-facts").innerText()).contains("已办结");
        assertThat(ticketStatus(number)).isEqualTo("CLOSED");
        page.locator("#note-follow").fill("回访来电人，对办理结果满意");
        page.locator("#form-follow-up button[value=true]").click();
        page.waitForLoadState();
        assertThat(page.locator("#ticket-facts").innerText()).contains("已归档");
        assertThat(ticketStatus(number)).isEqualTo("ARCHIVED");
        List<String> steps = page.locator("#ticket-history > li > span:first-child").allInnerTexts().stream()
                .map(String::strip).toList();
        assertThat(steps).containsExactly("受理", "派单", "退单", "派单", "签收", "答复", "办结", "回访");
        shoot("ticket-archived");
        signOut();
    }
}
