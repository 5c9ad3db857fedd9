package org.tongban;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** The module tests' exclusions keep every exclusion application.yml makes, since they replace its list. */
class ModuleTestsTest {

    @Test
    void theRestatedExclusionsKeepApplicationYmls() {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        List<String> restated = Arrays.asList(
                ModuleTests.WITHOUT_WORKFLOW.substring(ModuleTests.WITHOUT_WORKFLOW.indexOf('=') + 1).split(","));
        List<String> declared = properties.stringPropertyNames().stream()
                .filter(name -> name.startsWith("spring.autoconfigure.exclude[")).map(properties::getProperty).toList();
        assertThat(declared).isNotEmpty();
        assertThat(restated).containsAll(declared).contains("org.flowable.spring.boot.ProcessEngineAutoConfiguration");
    }
}
