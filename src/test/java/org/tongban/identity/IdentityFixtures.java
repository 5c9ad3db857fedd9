package org.tongban.identity;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.CreditCode;
import org.tongban.shared.IdNumber;
import org.tongban.shared.Role;

/** Makes accounts for tests through the real services, and signs them in as Spring Security would. */
public final class IdentityFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000) * 3);
    public static final String PASSWORD = "Test@2026pass";
    /** {@link #PASSWORD} encoded once for all test staff: each encoding takes about a tenth of a second. */
    private static volatile String encodedPassword;

    private final Registration registration;
    private final StaffEnrolment enrolment;
    private final AccountDirectory directory;
    private final RegionDirectory regions;
    private final PasswordEncoder passwords;

    private IdentityFixtures(ApplicationContext context) {
        this.registration = context.getBean(Registration.class);
        this.enrolment = context.getBean(StaffEnrolment.class);
        this.directory = context.getBean(AccountDirectory.class);
        this.regions = context.getBean(RegionDirectory.class);
        this.passwords = context.getBean(PasswordEncoder.class);
    }

    public static IdentityFixtures from(ApplicationContext context) {
        return new IdentityFixtures(context);
    }

    /** A registered person at L1; they sign in with their mobile number. */
    public Registration.Registered person(String name, String idNumber, String mobile) {
        return registration.registerPerson(new Registration.PersonForm(name, idNumber, mobile, PASSWORD, PASSWORD, null));
    }

    public Registration.Registered enterprise(String name, String creditCode, String mobile) {
        return registration.registerEnterprise(new Registration.EnterpriseForm(name, creditCode, "李四", mobile, null,
                PASSWORD, PASSWORD));
    }

    /** A member of staff of the named department, with a unique username. */
    public String staff(String departmentName, Role... roles) {
        var department = regions.departmentNamed(departmentName).orElseThrow();
        String username = "staff-" + SEQUENCE.incrementAndGet();
        if (encodedPassword == null) {
            encodedPassword = passwords.encode(PASSWORD);
        }
        enrolment.enrolEncoded(username, "测试员", null, encodedPassword, department, Set.of(roles));
        return username;
    }

    /** The authentication form sign-in would produce for this account (by username, mobile or ID number). */
    public Authentication signedIn(String login) {
        SignedInUser user = directory.findForSignIn(login).map(directory::principal).orElseThrow();
        return UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.authoritiesSignedInWith(FactorGrantedAuthority.PASSWORD_AUTHORITY));
    }

    public static String idNumber(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    public static String creditCode(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }
}
