package org.tongban.document;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The file store: the local directory, or S3-compatible object storage with {@code tongban.files.store=s3},
 * unless another {@link FileStore} bean is defined. Note that
 * {@code @ConditionalOnMissingBean} only sees beans registered before this class is processed: define a
 * replacement in a configuration that Spring reads earlier, or in an auto-configuration.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FileStoreProperties.class)
class FileStoreConfiguration {

    @Bean
    @ConditionalOnMissingBean(FileStore.class)
    FileStore fileStore(FileStoreProperties properties, Clock clock) {
        return "s3".equals(properties.store()) ? new S3FileStore(properties, clock) : new LocalFileStore(properties, clock);
    }
}
