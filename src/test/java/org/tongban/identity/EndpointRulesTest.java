package org.tongban.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;
import org.tongban.IntegrationTest;
import org.tongban.casework.CaseworkRole;
import org.tongban.shared.AccessRules;
import org.tongban.shared.AccessRules.Access;
import org.tongban.shared.AccessRules.Rule;
import org.tongban.shared.Role;
import org.tongban.web.MessagesCompletenessTest;

/**
 * Every mapped endpoint is governed by a rule its own module declared (not by a neighbour's wildcard),
 * and what no module declared is denied.
 */
class EndpointRulesTest extends IntegrationTest {

    private static final String BASE = "org.tongban.";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    List<AccessRules> modules;
    @Autowired
    ApplicationContext context;

    @Test
    void everyMappedEndpointHasARuleOfItsOwnModule() {
        List<Rule> rules = SecurityConfiguration.ordered(modules);
        List<String> undeclared = new ArrayList<>();
        List<String> borrowed = new ArrayList<>();
        int endpoints = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            String type = entry.getValue().getBeanType().getName();
            if (info.getPathPatternsCondition() == null || isTestHandler(type)) {
                continue;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints++;
                    String path = pattern.replaceAll("\\{[^}]+}", "sample");
                    String endpoint = method + " " + pattern + " (" + entry.getValue().getBeanType().getSimpleName() + ")";
                    Optional<Rule> governing = governing(rules, HttpMethod.valueOf(method.name()), path);
                    if (governing.isEmpty()) {
                        undeclared.add(endpoint);
                    } else if (type.startsWith(BASE) && !governing.get().module().equals(module(type))) {
                        borrowed.add(endpoint + " governed by " + governing.get());
                    }
                }
            }
        }
        assertThat(endpoints).isGreaterThan(150);
        assertThat(undeclared).as("endpoints no module declared a rule for (they are denied)").isEmpty();
        assertThat(borrowed).as("endpoints governed by another module's rule").isEmpty();
    }

    @Test
    void everyRoleIsDeclaredByTheModuleThatDefinesItAndKnownByName() {
        RoleDirectory directory = context.getBean(RoleDirectory.class);
        for (Role role : MessagesCompletenessTest.everyRole()) {
            String module = module(role.getClass().getName());
            assertThat(modules).as(role + " declared by " + module)
                    .anyMatch(rules -> rules.module().equals(module) && rules.declaredRoles().contains(role));
            assertThat(directory.named(role.name())).contains(role);
        }
        assertThat(directory.named("NO_SUCH_ROLE")).isEmpty();
        assertThat(directory.staffRoles()).contains(CaseworkRole.WINDOW_CLERK, AccountRole.SYSTEM_ADMIN)
                .doesNotContain(AccountRole.PERSON, AccountRole.ENTERPRISE);
    }

    @Test
    void twoModulesDeclaringOneRoleNameStopTheStartUp() {
        enum Imposter implements Role {
            WINDOW_CLERK;

            @Override
            public boolean isRegionWide() {
                return true;
            }
        }
        AccessRules casework = AccessRules.of("casework").declares(CaseworkRole.values());
        AccessRules other = AccessRules.of("other").declares(Imposter.values());
        assertThatThrownBy(() -> new RoleDirectory(List.of(casework, other)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("WINDOW_CLERK");
    }

    @Test
    void aStoredRoleNoModuleDeclaresAnyMoreGrantsNothing() {
        var directory = new RoleDirectory(List.of(AccessRules.of("casework").declares(CaseworkRole.values())));
        assertThat(directory.all(List.of("WINDOW_CLERK", "ROLE_OF_A_REMOVED_MODULE")))
                .containsExactly(CaseworkRole.WINDOW_CLERK);
        assertThat(directory.named("ROLE_OF_A_REMOVED_MODULE")).isEmpty();
    }

    @Test
    void rulesAreOrderedMostSpecificFirstWhateverTheModule() {
        AccessRules wide = AccessRules.of("wide").signedIn("/things/**");
        AccessRules narrow = AccessRules.of("narrow").everyone(HttpMethod.GET, "/things/*").everyone("/things/*/open");
        for (List<AccessRules> order : List.of(List.of(wide, narrow), List.of(narrow, wide))) {
            List<Rule> rules = SecurityConfiguration.ordered(order);
            assertThat(governing(rules, HttpMethod.GET, "/things/a").orElseThrow().access()).isEqualTo(Access.EVERYONE);
            assertThat(governing(rules, HttpMethod.POST, "/things/a").orElseThrow().access())
                    .isEqualTo(Access.SIGNED_IN);
            assertThat(governing(rules, HttpMethod.POST, "/things/a/open").orElseThrow().module()).isEqualTo("narrow");
            assertThat(governing(rules, HttpMethod.GET, "/things/a/b").orElseThrow().module()).isEqualTo("wide");
        }
    }

    @Test
    void aRuleWithRolesNamesThemAndOnlyItDoes() {
        assertThatThrownBy(() -> AccessRules.of("m").roles(Set.of(), "/x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccessRules.of("m").signedIn("x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AccessRules.of("m").roles(Set.of(CaseworkRole.APPROVER), "/x").rules().get(0).roles())
                .containsExactly(CaseworkRole.APPROVER);
    }

    @Test
    void aMappedEndpointNoModuleDeclaredIsDeniedEvenToTheSignedIn() throws Exception {
        // TestConfig maps /test/undeclared and declares no rule for it: a signed-in person is refused, not served.
        var fixtures = IdentityFixtures.from(context);
        String mobile = newMobile();
        fixtures.person("王五", newIdNumber(), mobile);
        var person = fixtures.signedIn(mobile);
        mvc.perform(get("/test/undeclared").with(authentication(person))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/test/undeclared").with(authentication(person))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/test/undeclared")).andExpect(status().isUnauthorized());
        mvc.perform(get("/test/undeclared")).andExpect(status().is3xxRedirection());
    }

    private static Optional<Rule> governing(List<Rule> rules, HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return rules.stream()
                .filter(rule -> rule.method() == null || rule.method().equals(method))
                .filter(rule -> PathPatternParser.defaultInstance.parse(rule.pattern()).matches(container))
                .findFirst();
    }

    private static String module(String type) {
        String rest = type.substring(BASE.length());
        return rest.substring(0, rest.indexOf('.'));
    }

    /** Handlers the tests map for themselves ({@code org.tongban.TestConfig}), outside every module. */
    private static boolean isTestHandler(String type) {
        return type.startsWith(BASE) && type.indexOf('.', BASE.length()) < 0;
    }
}
