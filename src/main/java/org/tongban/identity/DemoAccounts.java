package org.tongban.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.region.DepartmentView;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.AccountKind;
import org.tongban.shared.CreditCode;
import org.tongban.shared.IdNumber;
import org.tongban.shared.Role;

/**
 * Demo mode only: one account per role (password {@value #PASSWORD}), staff in real departments of
 * 临沂市 and the province, and two registered SSO clients. Never runs with the {@code postgres} profile.
 */
@Component
@Profile("demo")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Demo@12345";
    static final String LANSHAN_APPROVALS = "临沂市兰山区行政审批服务局";
    static final String LUOZHUANG_APPROVALS = "临沂市罗庄区行政审批服务局";
    static final String CITY_APPROVALS = "临沂市行政审批服务局";
    static final String PROVINCE_DATA_BUREAU = "山东省大数据局";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final Accounts accounts;
    private final People people;
    private final Enterprises enterprises;
    private final HandlerAuthorizations handlers;
    private final StaffEnrolment staff;
    private final RegionDirectory regions;
    private final RegisteredClientRepository clients;
    private final PasswordEncoder passwords;
    private final Environment environment;
    private final Clock clock;
    private final RoleDirectory roles;

    DemoAccounts(Accounts accounts, People people, Enterprises enterprises, HandlerAuthorizations handlers,
            StaffEnrolment staff, RegionDirectory regions, RegisteredClientRepository clients, PasswordEncoder passwords,
            Environment environment, Clock clock, RoleDirectory roles) {
        this.accounts = accounts;
        this.people = people;
        this.enterprises = enterprises;
        this.handlers = handlers;
        this.staff = staff;
        this.regions = regions;
        this.clients = clients;
        this.passwords = passwords;
        this.environment = environment;
        this.clock = clock;
        this.roles = roles;
    }

    /** A role declared by another module, which identity knows only by name. */
    private Set<Role> role(String name) {
        return Set.of(roles.require(name));
    }

    /** Roles by name; a module left out of the deployment leaves its roles out (the directory warns). */
    private Set<Role> roles(String... names) {
        Set<Role> found = new HashSet<>();
        for (String name : names) {
            roles.named(name).ifPresent(found::add);
        }
        return found;
    }

    private static Set<Role> union(Set<Role> a, Set<Role> b) {
        Set<Role> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!allowed()) {
            log.warn("Demo data is never loaded with the postgres profile");
            return;
        }
        if (accounts.existsByUsername("demo-citizen")) {
            return;
        }
        Instant now = clock.instant();
        String password = passwords.encode(PASSWORD);
        Account citizen = accounts.save(new Account("demo-citizen", password, AccountKind.PERSON,
                "王晓明", "13800000001", now));
        people.save(new Person(citizen.id(), "王晓明", idNumber("37130219850315123"), RealNameLevel.L2));
        Account company = accounts.save(new Account("demo-company", password, AccountKind.ENTERPRISE,
                "临沂示例商贸有限公司", "13800000002", now));
        enterprises.save(new Enterprise(company.id(), "临沂示例商贸有限公司", creditCode("91371302MA3CDE4R1"), "李建国"));
        handlers.save(new HandlerAuthorization(company.id(), citizen.id(), EnumSet.of(HandlerScope.APPLY, HandlerScope.QUERY),
                now, now.plus(Duration.ofDays(365))));

        DepartmentView lanshan = department(LANSHAN_APPROVALS);
        staff.enrolEncoded("demo-clerk", "赵敏", "13800000011", password, lanshan, role("WINDOW_CLERK"));
        staff.enrolEncoded("demo-approver", "钱伟", "13800000012", password, lanshan, roles("APPROVER", "LICENSE_ISSUER"));
        staff.enrolEncoded("demo-leader", "孙丽", "13800000013", password, lanshan, Set.of(AccountRole.DEPARTMENT_LEADER));
        DepartmentView city = department(CITY_APPROVALS);
        staff.enrolEncoded("demo-catalog", "周强", "13800000014", password, city, role("CATALOG_ADMIN"));
        staff.enrolEncoded("demo-knowledge", "吴芳", "13800000015", password, city, role("KNOWLEDGE_EDITOR"));
        DepartmentView province = department(PROVINCE_DATA_BUREAU);
        staff.enrolEncoded("demo-supervisor", "郑涛", "13800000016", password, province, Set.of(AccountRole.SUPERVISOR));
        staff.enrolEncoded("demo-admin", "冯静", "13800000017", password, province, union(Set.of(AccountRole.SYSTEM_ADMIN),
                roles("LICENSE_ADMIN")));
        staff.enrolEncoded("demo-hotline", "何静", "13800000019", password, lanshan, roles("HOTLINE_AGENT"));
        staff.enrolEncoded("demo-handler", "蒋磊", "13800000020", password, lanshan, roles("FEEDBACK_HANDLER"));
        staff.enrolEncoded("demo-clerk-luozhuang", "陈杰", "13800000018", password, department(LUOZHUANG_APPROVALS),
                role("WINDOW_CLERK"));
        registerClients();
        log.info("Demo accounts created: demo-citizen, demo-company, demo-clerk, demo-approver, demo-leader, "
                + "demo-supervisor, demo-catalog, demo-knowledge, demo-admin, demo-hotline, demo-handler (password {})", PASSWORD);
    }

    /** Demo data belongs to the embedded demo database only, never to a production PostgreSQL. */
    boolean allowed() {
        return !environment.acceptsProfiles(Profiles.of("postgres"));
    }

    private void registerClients() {
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("demo-dept-system").clientName("示例部门业务系统")
                .clientSecret(passwords.encode("demo-secret"))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri("http://127.0.0.1:8081/login/oauth2/code/tongban")
                .postLogoutRedirectUri("http://127.0.0.1:8081/")
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .build());
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("demo-exchange").clientName("示例数据共享交换系统")
                .clientSecret(passwords.encode("demo-secret"))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope("api")
                .build());
    }

    private DepartmentView department(String name) {
        return regions.departmentNamed(name).orElseThrow(() -> new IllegalStateException("seed lacks " + name));
    }

    private static String idNumber(String first17) {
        return IdNumber.of(first17 + IdNumber.checkCharacter(first17)).value();
    }

    private static String creditCode(String first17) {
        return CreditCode.of(first17 + CreditCode.checkCharacter(first17)).value();
    }
}
