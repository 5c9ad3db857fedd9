package org.tongban.assistant;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the assistant ({@code tongban.assistant.*}).
 *
 * @param llm an optional OpenAI-compatible model that phrases answers from the retrieved passages
 */
@ConfigurationProperties("tongban.assistant")
record AssistantProperties(@DefaultValue Llm llm) {

    /**
     * @param baseUrl the endpoint's address (e.g. {@code https://llm.internal}); empty: off
     * @param apiKey its key, from the environment ({@code TONGBAN_ASSISTANT_LLM_API_KEY})
     * @param model the model name the endpoint knows
     * @param timeout how long an answer may take before the assistant answers verbatim
     */
    record Llm(URI baseUrl, String apiKey, @DefaultValue("qwen2.5-7b-instruct") String model,
            @DefaultValue("8s") Duration timeout) {
    }
}
