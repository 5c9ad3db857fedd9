package org.tongban.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;
import org.tongban.application.ApplicationError;
import org.tongban.audit.AuditVerifier;
import org.tongban.casework.CalendarError;
import org.tongban.casework.CaseError;
import org.tongban.catalog.CatalogError;
import org.tongban.catalog.ItemType;
import org.tongban.catalog.QualityRule;
import org.tongban.identity.HandlerScope;
import org.tongban.identity.IdentityError;
import org.tongban.identity.RealNameLevel;
import org.tongban.shared.CommonError;
import org.tongban.shared.ErrorCode;
import org.tongban.shared.Role;
import org.tongban.supervision.SupervisionAction;
import org.tongban.supervision.SupervisionError;
import org.tongban.supervision.SupervisionLevel;
import org.tongban.supervision.SupervisionSource;
import org.tongban.supervision.SupervisionStatus;

/**
 * All user-visible text comes from the message bundle: every key a template or an error code needs is
 * there, and no template holds Chinese text of its own.
 */
public class MessagesCompletenessTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}，。：；！？（）【】“”、]");
    private static Properties messages;

    @BeforeAll
    static void load() throws IOException {
        messages = new Properties();
        try (var in = MessagesCompletenessTest.class.getResourceAsStream("/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = STATIC_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!messages.containsKey(matcher.group(1))) {
                    missing.add(template.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyBuiltFromAnEnumExists() {
        List<String> keys = new ArrayList<>();
        for (Role role : everyRole()) {
            keys.add("role." + role.name());
        }
        for (HandlerScope scope : HandlerScope.values()) {
            keys.add("handler.scope." + scope);
        }
        for (String status : List.of("ACTIVE", "EXPIRED", "REVOKED")) {
            keys.add("handler.status." + status);
        }
        for (RealNameLevel level : RealNameLevel.values()) {
            keys.add("me.level." + level);
        }
        for (AuditVerifier.Verification.Problem problem : AuditVerifier.Verification.Problem.values()) {
            keys.add("audit.problem." + problem);
        }
        for (QualityRule rule : QualityRule.values()) {
            keys.add("quality." + rule);
        }
        for (ItemType type : ItemType.values()) {
            keys.add("catalog.type." + type.code());
        }
        for (String level : List.of("PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE")) {
            keys.add("catalog.level." + level);
        }
        for (String value : List.of("necessity.REQUIRED", "necessity.OPTIONAL", "necessity.TOLERATED",
                "materialType.ORIGINAL", "materialType.COPY", "materialType.ORIGINAL_AND_COPY",
                "materialType.ORIGINAL_OR_COPY", "materialForm.PAPER", "materialForm.ELECTRONIC",
                "materialForm.PAPER_AND_ELECTRONIC", "materialForm.PAPER_OR_ELECTRONIC", "handlingForm.WINDOW",
                "handlingForm.ONLINE", "handlingForm.POST", "audience.PERSON", "audience.ENTERPRISE")) {
            keys.add("catalog." + value);
        }
        for (String view : List.of("standard", "window", "kiosk", "tv", "print")) {
            keys.add("guide.view." + view);
        }
        keys.add("guide.limit.W");
        keys.add("guide.limit.N");
        for (String purpose : List.of("REGISTER", "LOGIN", "RESET_PASSWORD", "VERIFY_MOBILE")) {
            keys.add("sms.code." + purpose);
        }
        for (SupervisionLevel level : SupervisionLevel.values()) {
            keys.add("supervision.level." + level);
            if (level != SupervisionLevel.NONE) {
                keys.add("supervision.notice.level." + level + ".title");
            }
        }
        for (SupervisionStatus status : SupervisionStatus.values()) {
            keys.add("supervision.status." + status);
        }
        for (SupervisionSource source : SupervisionSource.values()) {
            keys.add("supervision.source." + source);
            if (source != SupervisionSource.MANUAL) {
                keys.add("supervision.auto.title." + source);
                keys.add("supervision.auto.result." + source);
            }
        }
        for (SupervisionAction action : SupervisionAction.values()) {
            keys.add("supervision.action." + action);
        }
        for (String rate : List.of("active", "good", "rectified", "followed", "onTime", "satisfied")) {
            keys.add("feedback.rate." + rate);
            keys.add("feedback.rate." + rate + ".formula");
        }
        for (int status : List.of(400, 401, 403, 404, 405, 409, 415, 429, 500)) {
            keys.add("problem.title." + status);
        }
        assertThat(keys).allSatisfy(key -> assertThat(messages).containsKey(key));
    }

    @Test
    void everyErrorCodeHasAChineseMessage() {
        List<ErrorCode> codes = new ArrayList<>();
        codes.addAll(List.of(CommonError.values()));
        codes.addAll(List.of(IdentityError.values()));
        codes.addAll(List.of(WebError.values()));
        codes.addAll(List.of(CatalogError.values()));
        codes.addAll(List.of(CaseError.values()));
        codes.addAll(List.of(CalendarError.values()));
        codes.addAll(List.of(ApplicationError.values()));
        codes.addAll(List.of(SupervisionError.values()));
        assertThat(codes).allSatisfy(code -> {
            assertThat(messages).containsKey(code.messageKey());
            assertThat(messages.getProperty(code.messageKey())).containsPattern(CJK);
        });
    }

    @Test
    void templatesHoldNoChineseTextOfTheirOwn() throws IOException {
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            List<String> lines = Files.readAllLines(template);
            for (int i = 0; i < lines.size(); i++) {
                if (CJK.matcher(lines.get(i)).find()) {
                    hardCoded.add(template.getFileName() + ":" + (i + 1) + " " + lines.get(i).strip());
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }

    /** Every role enum any module declares, found on the class path as identity finds them in the context. */
    public static List<Role> everyRole() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(Role.class));
        List<Role> roles = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.tongban")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            if (type.isEnum()) {
                for (Object role : type.getEnumConstants()) {
                    roles.add((Role) role);
                }
            }
        }
        assertThat(roles).extracting(Role::name).contains("WINDOW_CLERK", "CATALOG_ADMIN", "SYSTEM_ADMIN");
        return roles;
    }
}
