package org.tongban.casework;

import java.util.HashMap;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The BPMN engine on the platform's own database and transactions. Flowable manages its ACT_* tables
 * itself; Flyway owns everything else and runs first.
 */
@Configuration(proxyBeanMethods = false)
class WorkflowConfiguration {

    /*
     * Flowable reads BPMN through XMLInputFactory.newInstance() and validates it against the BPMN schema.
     * FastExcel's reader brings Aalto, which registers itself as the default StAX parser; the JDK's schema
     * validator then misreads Aalto's events ("sequenceFlow cannot have character children"). The JDK's
     * own StAX parser is named as the default unless the deployment chose one; FastExcel creates its Aalto
     * parser directly and is unaffected.
     */
    static {
        if (System.getProperty("javax.xml.stream.XMLInputFactory") == null) {
            System.setProperty("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        }
    }

    /**
     * H2 runs in PostgreSQL mode, where Flowable's H2 scripts fail ({@code IDENTITY}); its PostgreSQL scripts
     * work on both. No Spring bean is reachable from a process expression.
     */
    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> workflowDatabase() {
        return configuration -> {
            configuration.setDatabaseType("postgres");
            // Expressions in processes (including those administrators upload) see process variables only,
            // never the application's beans.
            configuration.setBeans(new HashMap<>());
            // A new process writes a handful of rows of each kind; MyBatis builds a bulk insert's dynamic SQL
            // anew every time, which costs more than sending the rows one by one (CaseBench, decision 8).
            configuration.setBulkInsertEnabled(false);
        };
    }

    /** The engine creates or checks its tables only after Flyway has migrated (or, in tests, cleaned) the schema. */
    @Bean
    static BeanFactoryPostProcessor workflowAfterMigrations() {
        return beanFactory -> {
            if (beanFactory.containsBeanDefinition("processEngine") && beanFactory.containsBean("flywayInitializer")) {
                beanFactory.getBeanDefinition("processEngine").setDependsOn("flywayInitializer");
            }
        };
    }
}
