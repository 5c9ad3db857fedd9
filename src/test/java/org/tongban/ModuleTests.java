package org.tongban;

/**
 * Settings for {@code @ApplicationModuleTest}s of modules that do not bring casework. Casework configures the
 * BPMN engine for our database (its PostgreSQL scripts, also on H2 in PostgreSQL mode); without casework
 * Flowable's auto-configuration would start an engine nobody uses, on its H2 scripts, and fail. Spring Boot
 * replaces a list property rather than merging it, so this restates application.yml's exclusions (Redis and
 * RabbitMQ outside the cluster profile; `ModuleTestsTest` fails when they part) before adding the engine's.
 */
public final class ModuleTests {

    public static final String WITHOUT_WORKFLOW = "spring.autoconfigure.exclude="
            + "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration,"
            + "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration,"
            + "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration,"
            + "org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration,"
            + "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration,"
            + "org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration,"
            + "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration,"
            + "org.springframework.boot.amqp.autoconfigure.health.RabbitHealthContributorAutoConfiguration,"
            + "org.springframework.boot.amqp.autoconfigure.metrics.RabbitMetricsAutoConfiguration,"
            + "org.flowable.spring.boot.ProcessEngineAutoConfiguration,"
            + "org.flowable.spring.boot.ProcessEngineServicesAutoConfiguration,"
            + "org.flowable.spring.boot.FlowableJpaAutoConfiguration,"
            + "org.flowable.spring.boot.eventregistry.EventRegistryAutoConfiguration,"
            + "org.flowable.spring.boot.eventregistry.EventRegistryServicesAutoConfiguration,"
            + "org.flowable.spring.boot.app.AppEngineAutoConfiguration,"
            + "org.flowable.spring.boot.app.AppEngineServicesAutoConfiguration,"
            + "org.flowable.spring.boot.actuate.info.FlowableInfoAutoConfiguration,"
            + "org.flowable.spring.boot.EndpointAutoConfiguration";

    private ModuleTests() {
    }
}
