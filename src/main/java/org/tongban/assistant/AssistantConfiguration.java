package org.tongban.assistant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The answer model when one is configured; otherwise the assistant answers verbatim (no phrasing bean). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssistantProperties.class)
class AssistantConfiguration {

    @Bean
    @ConditionalOnProperty("tongban.assistant.llm.base-url")
    AnswerPhrasing answerPhrasing(AssistantProperties properties, JsonMapper json) {
        return new LlmPhrasing(properties.llm(), json);
    }
}
