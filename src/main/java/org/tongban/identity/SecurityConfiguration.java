package org.tongban.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.tongban.shared.Role;

/**
 * Three filter chains: the OpenID Connect provider's endpoints, the {@code /api} (session with a CSRF
 * header, or a bearer token from our own provider) and the pages (form sign-in). Everything not
 * opened here needs a signed-in account; finer rules sit on the methods ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; frame-ancestors 'none'";

    private static final String[] STAFF_ROLES = Set.of(Role.values()).stream().filter(Role::isStaff)
            .map(Role::name).toArray(String[]::new);

    private final SecurityProperties properties;

    SecurityConfiguration(SecurityProperties properties) {
        this.properties = properties;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(SignInService signIn) {
        return new ProviderManager(new PasswordAuthenticationProvider(signIn));
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, UserInfoMapper userInfo) throws Exception {
        var authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server
                        .oidc(oidc -> oidc.userInfoEndpoint(endpoint -> endpoint.userInfoMapper(userInfo::map))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(authorizationServer.getEndpointsMatcher()))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        common(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ApiSecurityResponses responses, BearerTokenPrincipals bearer,
            ListableBeanFactory beans) throws Exception {
        RequestMatcher unmapped = new UnmappedRequests(beans);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/regions/**", "/api/v1/csrf", "/api/v1/items",
                                "/api/v1/items/*", "/api/v1/catalog/negative-lists", "/api/v1/catalog/export",
                                "/api/v1/catalog/import-template", "/api/v1/search", "/api/v1/search/hot", "/api/v1/suggest",
                                "/api/v1/items/*/related", "/api/v1/knowledge/*", "/api/v1/bundles", "/api/v1/bundles/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/persons", "/api/v1/enterprises",
                                "/api/v1/assistant/messages", "/api/v1/assistant/feedback").permitAll()
                        .requestMatchers(unmapped).permitAll()
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
                .requestCache(cache -> cache.disable())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(bearer::convert))
                        .authenticationEntryPoint(responses)
                        .accessDeniedHandler(responses))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(responses)
                        .accessDeniedHandler(responses));
        common(http);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, SignInFailureHandler failure, SignInSuccessHandler success,
            AuthenticationManager authenticationManager, ListableBeanFactory beans) throws Exception {
        RequestMatcher unmapped = new UnmappedRequests(beans);
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/login", "/login/sms", "/login/sms/code", "/register/**", "/password/**",
                                "/preferences/**", "/error", "/webjars/**", "/static/**", "/css/brand.css",
                                "/favicon.ico", "/demo/**", "/items/**", "/guide/**", "/search", "/search/**", "/knowledge/**", "/bundles", "/bundles/*",
                                "/assistant", "/assistant/messages", "/assistant/feedback", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui", "/swagger-ui/**",
                                "/swagger-ui.html").permitAll()
                        .requestMatchers("/workspace/**").hasAnyRole(STAFF_ROLES)
                        .requestMatchers("/admin/**").hasAnyRole(Role.SYSTEM_ADMIN.name(), Role.SUPERVISOR.name())
                        .requestMatchers(unmapped).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(failure).successHandler(success).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"));
        common(http);
        return http.build();
    }

    private void common(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), payment=()"))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        if (properties.requireHttps()) {
            http.redirectToHttps(Customizer.withDefaults());
        }
    }

    /**
     * A state-changing API request needs a CSRF token when it rides on a session cookie. A request with
     * a bearer token, or with no session at all (registration), carries no ambient authority to forge.
     */
    static boolean needsCsrfToken(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method)) {
            return false;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return request.getSession(false) != null;
    }
}
