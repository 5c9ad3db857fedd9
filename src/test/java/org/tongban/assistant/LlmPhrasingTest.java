package org.tongban.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answer model's adapter against an OpenAI-compatible endpoint on loopback (a stand-in for the external
 * model, which this project does not own): an answer is used only when every sentence cites a given passage;
 * anything else (an uncited sentence, a passage that was not given, an error, a time-out) is thrown away.
 */
class LlmPhrasingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<AnswerPhrasing.Passage> PASSAGES = List.of(
            new AnswerPhrasing.Passage(1, "结婚登记需要带什么材料？", "双方身份证、户口簿和 3 张合影。"),
            new AnswerPhrasing.Passage(2, "内地居民婚姻登记（结婚登记）", "即办件，不收费。"));

    private HttpServer server;
    private final AtomicReference<String> reply = new AtomicReference<>();
    private final AtomicReference<String> received = new AtomicReference<>();
    private volatile int status = 200;
    private volatile long delayMillis;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = JSON.writeValueAsString(Map.of("choices",
                    List.of(Map.of("message", Map.of("role", "assistant", "content", reply.get())))))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private LlmPhrasing phrasing(Duration timeout) {
        return new LlmPhrasing(new AssistantProperties.Llm(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                "test-key", "test-model", timeout), JSON);
    }

    @Test
    void anAnswerWhoseEverySentenceCitesAPassageIsUsed() {
        reply.set("请带双方身份证、户口簿和 3 张合影[1]。结婚登记当场办结，不收费[2]。");
        assertThat(phrasing(Duration.ofSeconds(5)).phrase("结婚要带什么", PASSAGES))
                .contains("请带双方身份证、户口簿和 3 张合影[1]。结婚登记当场办结，不收费[2]。");
        assertThat(received.get()).contains("\"model\":\"test-model\"", "[1] 结婚登记需要带什么材料？", "问题：结婚要带什么",
                "每一句话的末尾都必须");
    }

    @Test
    void anUncitedOrMisCitedSentenceOrAFailureMeansTheVerbatimAnswer() {
        LlmPhrasing phrasing = phrasing(Duration.ofSeconds(5));
        reply.set("请带身份证[1]。另外建议提前一天去排队。");
        assertThat(phrasing.phrase("结婚要带什么", PASSAGES)).isEmpty();
        reply.set("请带身份证[3]。");
        assertThat(phrasing.phrase("结婚要带什么", PASSAGES)).isEmpty();
        reply.set("资料中没有相关内容[0]。");
        assertThat(phrasing.phrase("结婚要带什么", PASSAGES)).isEmpty();
        reply.set("请带身份证[1]。");
        status = 500;
        assertThat(phrasing.phrase("结婚要带什么", PASSAGES)).isEmpty();
        status = 200;
        delayMillis = 1_500;
        assertThat(phrasing(Duration.ofMillis(300)).phrase("结婚要带什么", PASSAGES)).isEmpty();
    }
}
