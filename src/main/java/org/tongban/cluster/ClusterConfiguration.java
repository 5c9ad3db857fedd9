package org.tongban.cluster;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitMessageOperations;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.EventExternalizerModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.data.redis.RedisSessionRepository;
import org.springframework.session.data.redis.config.annotation.web.http.EnableRedisHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code cluster} profile: sessions in Redis, module events to RabbitMQ, and outbox resubmission by one
 * instance. Redis and RabbitMQ are configured by {@code spring.data.redis.*} and {@code spring.rabbitmq.*}
 * (application-cluster.yml reads them from the environment).
 *
 * <p>Events leave through Spring Modulith's own externalization ({@link EventExternalizerModuleListener}: an
 * {@code @ApplicationModuleListener}, so each event is recorded in the outbox table in the transaction
 * that published it and marked complete only once RabbitMQ took it). spring-modulith-events-amqp does the
 * same wiring, but no 2.x release of it is served here; this is its transport in a dozen lines.
 */
@Configuration(proxyBeanMethods = false)
@Profile("cluster")
@EnableRedisHttpSession(redisNamespace = "tongban:session")
class ClusterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClusterConfiguration.class);
    private static final String BASE_PACKAGE = "org.tongban.";

    /**
     * Sessions in Redis keep the settings a single instance's sessions have ({@code server.servlet.session}):
     * the same timeout, and the same cookie (its name {@code JSESSIONID}, as the API documentation says,
     * HttpOnly, SameSite, and Secure where the profile asks for it). Spring Session does not read those
     * settings by itself.
     */
    @Bean
    SessionRepositoryCustomizer<RedisSessionRepository> sessionTimeout(
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeout);
    }

    @Bean
    CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.http-only:true}") boolean httpOnly,
            @Value("${server.servlet.session.cookie.same-site:lax}") String sameSite,
            @Value("${server.servlet.session.cookie.secure:#{null}}") Boolean secure) {
        var cookie = new DefaultCookieSerializer();
        cookie.setCookieName("JSESSIONID");
        cookie.setUseHttpOnlyCookie(httpOnly);
        cookie.setSameSite(StringUtils.capitalize(sameSite));
        if (secure != null) {
            cookie.setUseSecureCookie(secure);
        }
        return cookie;
    }

    /** Where every externalized event goes; consumers bind their own queues to it. */
    @Bean
    TopicExchange eventsExchange(@Value("${tongban.cluster.events-exchange:tongban.events}") String name) {
        return new TopicExchange(name, true, false);
    }

    /** Events travel as JSON, written by the application's own Jackson mapper. */
    @Bean
    MessageConverter eventMessageConverter(JsonMapper mapper) {
        return new JacksonJsonMessageConverter(mapper);
    }

    /**
     * The events modules mark {@code @Externalized}, each to the events exchange with the routing key
     * {@code module.EventName} (for example {@code casework.CaseSubmitted}).
     */
    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(TopicExchange eventsExchange) {
        return EventExternalizationConfiguration.externalizing()
                .select(EventExternalizationConfiguration.annotatedAsExternalized())
                .routeAll(event -> RoutingTarget.forTarget(eventsExchange.getName()).andKey(routingKey(event)))
                .build();
    }

    @Bean
    EventExternalizerModuleListener rabbitEventExternalizer(EventExternalizationConfiguration configuration,
            RabbitMessageOperations rabbit) {
        return new EventExternalizerModuleListener(configuration, (payload, target) -> {
            rabbit.convertAndSend(target.getTarget(), target.getKey(), payload,
                    configuration.getHeadersFor(payload));
            return CompletableFuture.completedFuture(null);
        });
    }

    @Bean
    OutboxResubmission outboxResubmission(IncompleteEventPublications publications,
            @Value("${tongban.cluster.resubmit-after:5m}") Duration after) {
        return new OutboxResubmission(publications, after);
    }

    /** {@code casework.CaseSubmitted} for {@code org.tongban.casework.CaseSubmitted}. */
    static String routingKey(Object event) {
        String type = event.getClass().getName();
        String local = type.startsWith(BASE_PACKAGE) ? type.substring(BASE_PACKAGE.length()) : type;
        return local.replace('$', '.');
    }

    /**
     * Event publications whose listener has not completed (an instance stopped, RabbitMQ was away) are
     * handed to their listeners again, by one instance at a time. A single instance does this at start-up
     * ({@code spring.modulith.events.republish-outstanding-events-on-restart}); several must not, or each
     * restart would run the others' work in flight a second time.
     */
    static class OutboxResubmission {

        private final IncompleteEventPublications publications;
        private final Duration after;

        OutboxResubmission(IncompleteEventPublications publications, Duration after) {
            this.publications = publications;
            this.after = after;
        }

        @Scheduled(fixedDelayString = "${tongban.cluster.resubmit-interval:1m}",
                initialDelayString = "${tongban.cluster.resubmit-interval:1m}")
        @SchedulerLock(name = "outbox-resubmission", lockAtLeastFor = "${tongban.cluster.resubmit-interval:1m}")
        public void resubmit() {
            log.debug("Resubmitting event publications incomplete for more than {}", after);
            publications.resubmitIncompletePublicationsOlderThan(after);
        }
    }
}
