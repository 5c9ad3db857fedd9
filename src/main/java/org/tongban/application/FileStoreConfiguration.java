package org.tongban.application;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The local directory is the file store unless another {@link FileStore} bean is defined. Note that
 * {@code @ConditionalOnMissingBean} only sees beans registered before this class is processed: define a
 * replacement in a configuration that Spring reads earlier, or in an auto-configuration.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FileStoreProperties.class)
class FileStoreConfiguration {

    @Bean
    @ConditionalOnMissingBean(FileStore.class)
    FileStore localFileStore(FileStoreProperties properties, Clock clock) {
        return new LocalFileStore(properties, clock);
    }
}
