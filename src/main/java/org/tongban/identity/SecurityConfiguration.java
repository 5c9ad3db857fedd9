package org.tongban.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.tongban.shared.AccessRules;
import org.tongban.shared.AccessRules.Rule;
import org.tongban.shared.Role;

/**
 * Three filter chains: the OpenID Connect provider's endpoints, the {@code /api} (session with a CSRF
 * header, or a bearer token from our own provider) and the pages (form sign-in). Each module declares
 * who may reach its addresses ({@link AccessRules} beans); this assembles them and denies whatever is
 * mapped but declared by no module. Finer rules sit on the methods ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; frame-ancestors 'none'";

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
            ListableBeanFactory beans, List<AccessRules> modules, RoleDirectory roles) throws Exception {
        List<Rule> rules = ordered(modules);
        RequestMatcher unmapped = new UnmappedRequests(beans);
        http.securityMatcher("/api/**", "/open311/**")
                .authorizeHttpRequests(requests -> declared(requests, rules.stream().filter(Rule::api).toList(), unmapped,
                        roles))
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
            AuthenticationManager authenticationManager, ListableBeanFactory beans, List<AccessRules> modules,
            RoleDirectory roles) throws Exception {
        List<Rule> rules = ordered(modules);
        RequestMatcher unmapped = new UnmappedRequests(beans);
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> declared(requests,
                        rules.stream().filter(rule -> !rule.api()).toList(), unmapped, roles))
                .formLogin(form -> form.loginPage("/login").failureHandler(failure).successHandler(success).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"));
        common(http);
        return http.build();
    }

    /**
     * Every module's rules, most specific pattern first (whichever module declared it), a rule for one
     * method before a rule for all methods on the same pattern: the order of modules never decides.
     */
    static List<Rule> ordered(List<AccessRules> modules) {
        PathPatternParser parser = PathPatternParser.defaultInstance;
        Comparator<Rule> bySpecificity = Comparator.comparing(rule -> parser.parse(rule.pattern()),
                PathPattern.SPECIFICITY_COMPARATOR);
        return modules.stream().flatMap(module -> module.rules().stream())
                .sorted(bySpecificity.thenComparing(rule -> rule.method() == null).thenComparing(Rule::pattern))
                .toList();
    }

    /** The declared rules, then 404 for what no handler serves; anything mapped but not declared is denied. */
    private static void declared(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            List<Rule> rules, RequestMatcher unmapped, RoleDirectory roles) {
        String[] staff = names(roles.staffRoles());
        for (Rule rule : rules) {
            var matched = rule.method() == null ? requests.requestMatchers(rule.pattern())
                    : requests.requestMatchers(rule.method(), rule.pattern());
            switch (rule.access()) {
                case EVERYONE -> matched.permitAll();
                case SIGNED_IN -> matched.authenticated();
                case STAFF -> matched.hasAnyRole(staff);
                case ROLES -> matched.hasAnyRole(names(rule.roles()));
            }
        }
        requests.requestMatchers(unmapped).permitAll().anyRequest().denyAll();
    }

    private static String[] names(Collection<Role> roles) {
        return roles.stream().map(Role::name).sorted().toArray(String[]::new);
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
