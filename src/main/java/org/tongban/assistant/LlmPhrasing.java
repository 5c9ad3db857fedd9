package org.tongban.assistant;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link AnswerPhrasing} through an OpenAI-compatible chat-completions endpoint ({@code POST
 * {base-url}/v1/chat/completions}). The model is told to answer only from the numbered passages and to end every
 * sentence with the number of the passage it comes from; an answer with a sentence that cites nothing, or cites
 * a passage that was not given, is thrown away, as is any failure or time-out, and the assistant answers verbatim.
 */
final class LlmPhrasing implements AnswerPhrasing {

    private static final Logger log = LoggerFactory.getLogger(LlmPhrasing.class);
    private static final Pattern SENTENCE = Pattern.compile("[^。！？!?\\n]+[。！？!?]?");
    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,2})]");
    static final String INSTRUCTION = "你是政务服务智能客服。只能根据下面编号的资料回答用户的问题，不得使用资料以外的知识，"
            + "不得编造。每一句话的末尾都必须用方括号标注所依据资料的编号，例如[1]。资料中没有答案时，只回答：资料中没有相关内容[0]。";

    private final HttpClient http;
    private final URI endpoint;
    private final String apiKey;
    private final String model;
    private final Duration timeout;
    private final JsonMapper json;

    LlmPhrasing(AssistantProperties.Llm settings, JsonMapper json) {
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        this.endpoint = URI.create(settings.baseUrl().toString().replaceAll("/+$", "") + "/v1/chat/completions");
        this.apiKey = settings.apiKey();
        this.model = settings.model();
        this.timeout = settings.timeout();
        this.json = json;
    }

    @Override
    public Optional<String> phrase(String question, List<Passage> passages) {
        if (passages.isEmpty()) {
            return Optional.empty();
        }
        try {
            ObjectNode body = json.createObjectNode().put("model", model).put("temperature", 0);
            ArrayNode messages = body.putArray("messages");
            messages.addObject().put("role", "system").put("content", INSTRUCTION);
            StringBuilder material = new StringBuilder();
            for (Passage p : passages) {
                material.append('[').append(p.number()).append("] ").append(p.title()).append("：").append(p.text()).append('\n');
            }
            messages.addObject().put("role", "user").put("content", "资料：\n" + material + "\n问题：" + question);
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            if (apiKey != null && !apiKey.isBlank()) {
                request.header("Authorization", "Bearer " + apiKey);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                log.warn("The answer model answered HTTP {}; answering verbatim", response.statusCode());
                return Optional.empty();
            }
            JsonNode content = json.readTree(response.body()).path("choices").path(0).path("message").path("content");
            return cited(content.asString(""), passages.size());
        } catch (IOException | RuntimeException e) {
            log.warn("The answer model failed ({}); answering verbatim", e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The answer, if every sentence cites a passage from 1 to {@code passages}; else empty. */
    static Optional<String> cited(String answer, int passages) {
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty() || text.length() > 2_000) {
            return Optional.empty();
        }
        List<String> sentences = new ArrayList<>();
        Matcher sentence = SENTENCE.matcher(text);
        while (sentence.find()) {
            String s = sentence.group().strip();
            if (!s.isEmpty() && !s.matches("[\\[\\]\\d\\s。，,.]+")) {
                sentences.add(s);
            }
        }
        if (sentences.isEmpty()) {
            return Optional.empty();
        }
        for (String s : sentences) {
            Matcher citation = CITATION.matcher(s);
            boolean cites = false;
            while (citation.find()) {
                int n = Integer.parseInt(citation.group(1));
                if (n < 1 || n > passages) {
                    return Optional.empty();
                }
                cites = true;
            }
            if (!cites) {
                return Optional.empty();
            }
        }
        return Optional.of(text);
    }
}
