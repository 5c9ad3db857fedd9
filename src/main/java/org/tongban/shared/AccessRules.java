package org.tongban.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * Who may reach a module's addresses, declared by the module itself as a bean. Identity assembles every
 * module's rules into the security filter chains, most specific pattern first whatever module declared it,
 * and denies every mapped address no module declared. Rules at the address are the coarse gate; the finer
 * ones (this department, this region, this applicant) stay on the methods and in the queries.
 *
 * <pre>{@code
 * @Bean
 * AccessRules catalogAccess() {
 *     return AccessRules.of("catalog")
 *             .declares(CatalogRole.values())
 *             .everyone(HttpMethod.GET, "/api/v1/items", "/guide/**")
 *             .roles(Set.of(CatalogRole.CATALOG_ADMIN), "/workspace/catalog/**");
 * }
 * }</pre>
 */
public final class AccessRules {

    /** What a request must bring. */
    public enum Access {
        /** Anyone, signed in or not. */
        EVERYONE,
        /** Any signed-in account. */
        SIGNED_IN,
        /** A signed-in member of staff, whatever their roles. */
        STAFF,
        /** A signed-in account with one of the rule's roles. */
        ROLES
    }

    /**
     * One rule. {@code method} null means every method; {@code pattern} is a Spring path pattern
     * ({@code *} one segment, {@code **} the rest).
     */
    public record Rule(String module, HttpMethod method, String pattern, Access access, Set<Role> roles) {

        public Rule {
            Objects.requireNonNull(module);
            Objects.requireNonNull(pattern);
            Objects.requireNonNull(access);
            if (!pattern.startsWith("/")) {
                throw new IllegalArgumentException("A path pattern starts with /: " + pattern);
            }
            roles = roles.isEmpty() ? Set.of() : Set.copyOf(roles);
            if ((access == Access.ROLES) == roles.isEmpty()) {
                throw new IllegalArgumentException("Roles belong to a ROLES rule only: " + pattern);
            }
        }

        /**
         * Whether this rule guards the API chain ({@code /api/**}, and {@code /open311/**}, the GeoReport
         * interface other clients call) rather than the pages.
         */
        public boolean api() {
            return pattern.equals("/api") || pattern.startsWith("/api/") || pattern.startsWith("/open311/");
        }
    }

    private final String module;
    private final List<Rule> rules = new ArrayList<>();
    private final List<Role> declaredRoles = new ArrayList<>();

    private AccessRules(String module) {
        this.module = module;
    }

    /** The rules of the named module (its package name under {@code org.tongban}). */
    public static AccessRules of(String module) {
        return new AccessRules(module);
    }

    public String module() {
        return module;
    }

    public List<Rule> rules() {
        return List.copyOf(rules);
    }

    /** The roles this module defines; identity knows no others. */
    public List<Role> declaredRoles() {
        return List.copyOf(declaredRoles);
    }

    /** Declares the module's own roles (usually {@code values()} of its role enum). */
    public AccessRules declares(Role... roles) {
        declaredRoles.addAll(Arrays.asList(roles));
        return this;
    }

    public AccessRules everyone(String... patterns) {
        return add(null, Access.EVERYONE, Set.of(), patterns);
    }

    public AccessRules everyone(HttpMethod method, String... patterns) {
        return add(method, Access.EVERYONE, Set.of(), patterns);
    }

    public AccessRules signedIn(String... patterns) {
        return add(null, Access.SIGNED_IN, Set.of(), patterns);
    }

    public AccessRules signedIn(HttpMethod method, String... patterns) {
        return add(method, Access.SIGNED_IN, Set.of(), patterns);
    }

    public AccessRules roles(Set<Role> roles, String... patterns) {
        return add(null, Access.ROLES, roles, patterns);
    }

    public AccessRules roles(HttpMethod method, Set<Role> roles, String... patterns) {
        return add(method, Access.ROLES, roles, patterns);
    }

    /** Any member of staff: the workspace is staff only, whatever they may do inside it. */
    public AccessRules staff(String... patterns) {
        return add(null, Access.STAFF, Set.of(), patterns);
    }

    private AccessRules add(HttpMethod method, Access access, Set<Role> roles, String... patterns) {
        for (String pattern : patterns) {
            rules.add(new Rule(module, method, pattern, access, roles));
        }
        return this;
    }
}
