package org.tongban.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongban.search.SearchReadiness;

/**
 * Search and the assistant in the browser: a person types pinyin and picks a completion, reads the results
 * (grouped, with why they matched), opens the guide; searches a colloquial word; asks the assistant something
 * whose answer depends on the region, is asked for it, answers and gets an answer with its sources; and the
 * same in 适老化 mode. Screenshots at both widths.
 */
class SearchE2ETest extends BrowserTestSupport {

    @Autowired
    SearchReadiness search;


    @BeforeEach
    void indexReady() throws InterruptedException {
        assertThat(search.awaitReady(Duration.ofMinutes(3))).isTrue();
    }

    @Test
    void aPersonFindsTheServiceByPinyinAndColloquialWordsAndOpensItsGuide() {
        page.navigate(url("/"));
        page.locator("#q").pressSequentially("gongjij", new Locator.PressSequentiallyOptions().setDelay(60));
        page.waitForSelector("#suggestions li a");
        assertThat(page.locator("#suggestions").innerText()).contains("公积金");
        shoot("search-suggest");
        page.locator("#suggestions li a").first().click();
        page.waitForURL("**/search?q=**");
        assertThat(page.locator("body").innerText()).contains("办事服务", "住房公积金");
        shoot("search-results");
        page.locator(".tb-result-title").first().click();
        page.waitForURL("**/guide/**");
        assertThat(page.locator("h1").innerText()).contains("公积金");
        shoot("search-guide");

        page.navigate(url("/search?q=" + URLEncoder.encode("开公司", StandardCharsets.UTF_8)));
        assertThat(page.locator(".tb-results").first().innerText()).contains("企业设立登记", "同义词匹配");
        assertThat(page.locator("body").innerText()).contains("请选择您所在的地区");
        page.locator(".tb-region-ask a:has-text('兰山区')").first().click();
        page.waitForLoadState();
        assertThat(page.locator("body").innerText()).contains("当前地区：山东省临沂市兰山区");
        shoot("search-colloquial");
    }

    @Test
    void theAssistantAsksForTheRegionAndAnswersWithItsSources() {
        page.navigate(url("/assistant"));
        assertThat(page.locator(".tb-chat button").allInnerTexts()).as(page.locator(".tb-chat").innerHTML())
                .allMatch(text -> !text.isBlank());
        shoot("assistant-welcome");
        page.locator("#assistant-text").fill("个体工商户设立登记怎么办");
        page.locator(".tb-chat-form button[type=submit]").click();
        page.waitForURL("**/assistant?conversation=**");
        assertThat(page.locator(".tb-chat").innerText()).contains("请问您要在哪个地区办理");
        shoot("assistant-ask-region");
        page.locator(".tb-chat button:has-text('兰山区')").first().click();
        page.waitForLoadState();
        String chat = page.locator(".tb-chat").innerText();
        assertThat(chat).contains("回答依据");
        shoot("assistant-answer");
        page.locator(".tb-elder-switch").click();
        page.waitForLoadState();
        assertThat(page.locator("body").getAttribute("class")).contains("elder");
        // The switch brings the person back to the same conversation.
        assertThat(page.locator(".tb-chat").innerText()).contains("回答依据");
        shoot("assistant-answer-elder");
        page.locator(".tb-elder-switch").click();
    }
}
