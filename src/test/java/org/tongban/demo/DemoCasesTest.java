package org.tongban.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.tongban.IntegrationTest;
import org.tongban.application.ListingForms;
import org.tongban.application.Submissions;
import org.tongban.application.UploadedFiles;
import org.tongban.casework.ActionRequest;
import org.tongban.casework.CaseActions;
import org.tongban.casework.CaseHistory;
import org.tongban.casework.CaseNumber;
import org.tongban.casework.CaseQueries;
import org.tongban.casework.CaseQueries.CaseView;
import org.tongban.casework.CaseQueries.TimelineEntry;
import org.tongban.casework.CaseStatus;
import org.tongban.casework.CaseworkRole;
import org.tongban.casework.Channel;
import org.tongban.casework.Light;
import org.tongban.casework.WorkingCalendar;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemDetail;
import org.tongban.identity.AccountRole;
import org.tongban.identity.Applicants;
import org.tongban.identity.IdentityFixtures;
import org.tongban.identity.StaffDirectory;
import org.tongban.shared.ActingPrincipal;
import org.tongban.shared.Actor;
import org.tongban.shared.BackgroundWork;

/**
 * The demo cases: every status, each timeline fitting its status and moved into the past weeks with its
 * deadlines counted again, red and green lights in the clerk's inbox, and a run that stopped early resumed
 * without duplicates. Demo accounts do not exist in tests, so the cast is made here.
 */
class DemoCasesTest extends IntegrationTest {

    private static final String LANSHAN = "临沂市兰山区行政审批服务局";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    private CaseQueries queries;
    private CaseActions actions;
    private WorkingCalendar calendar;
    private Catalog catalog;
    private Actor clerk;
    private Actor approver;
    private Actor citizen;
    private Actor company;
    private List<String> numbers = List.of();

    @BeforeEach
    void beans() {
        queries = context.getBean(CaseQueries.class);
        actions = context.getBean(CaseActions.class);
        calendar = context.getBean(WorkingCalendar.class);
        catalog = context.getBean(Catalog.class);
    }

    /** Finishes the open demo cases, so that other tests' inboxes look as they did. */
    @AfterEach
    void closeOpenCases() {
        for (String number : numbers) {
            CaseView view = queries.view(CaseNumber.of(number), clerk);
            Actor applicant = view.channel() == Channel.WINDOW ? clerk
                    : "PERSON".equals(view.applicant().kind()) ? citizen : company;
            switch (view.status()) {
                case SUBMITTED, CORRECTION_REQUESTED, ACCEPTED, UNDER_REVIEW, SUSPENDED ->
                        actions.act(CaseNumber.of(number), ActionRequest.of("withdraw", "测试结束"), applicant);
                case APPROVED, DENIED -> {
                    actions.act(CaseNumber.of(number), ActionRequest.of("complete", "办结"), approver);
                    deliver(number);
                }
                case COMPLETED -> deliver(number);
                default -> {
                }
            }
        }
    }

    @Test
    void makesCasesInEveryStatusWithFittingHistoriesAndLightsAndResumesWithoutDuplicates() {
        DemoCases demo = demoCases();
        DemoCases.Cast cast = cast();

        assertThat(demo.generate(25, cast, progress -> { })).as("a run that stopped after 25 cases").isEqualTo(25);
        assertThat(demo.generate(40, cast, progress -> { })).as("the next run resumes").isEqualTo(15);
        assertThat(demo.generate(40, cast, progress -> { })).as("and then there is nothing left to do").isZero();
        numbers = jdbc.sql("select case_number from cases where submission_key like 'demo-%' "
                + "and submitted_by in (:who)").param("who", List.of(clerk.username(), citizen.username(),
                company.username())).query(String.class).list();
        assertThat(numbers).hasSize(40).doesNotHaveDuplicates();
        List<CaseView> views = numbers.stream().map(n -> queries.view(CaseNumber.of(n), clerk)).toList();

        Map<CaseStatus, Integer> statuses = new EnumMap<>(CaseStatus.class);
        views.forEach(v -> statuses.merge(v.status(), 1, Integer::sum));
        assertThat(statuses.keySet()).containsExactlyInAnyOrder(CaseStatus.values());
        assertThat(views).anyMatch(v -> v.channel() == Channel.ONLINE).anyMatch(v -> v.channel() == Channel.WINDOW);

        Instant startOfToday = LocalDate.now(clock).atStartOfDay(clock.getZone()).toInstant();
        for (CaseView view : views) {
            historyFits(view, startOfToday);
        }
        assertThat(views.stream().map(CaseView::submittedAt).min(Instant::compareTo).orElseThrow())
                .as("spread over the past weeks").isBefore(clock.instant().minus(14, ChronoUnit.DAYS));
        assertThat(lightsInInbox(new HashSet<>(numbers))).contains(Light.RED, Light.GREEN);
    }

    /** The steps lead to the status, run forward in time, end before today, and the deadlines follow from them. */
    private void historyFits(CaseView view, Instant startOfToday) {
        List<TimelineEntry> timeline = view.timeline();
        String name = view.caseNumber() + " " + view.status();
        assertThat(timeline).as(name).isNotEmpty();
        TimelineEntry first = timeline.get(0);
        TimelineEntry last = timeline.get(timeline.size() - 1);
        assertThat(first.step()).as(name).isEqualTo("submit");
        assertThat(first.at()).as(name).isEqualTo(view.submittedAt()).isBefore(startOfToday);
        assertThat(last.status()).as(name).isEqualTo(view.status().name());
        assertThat(last.at()).as(name).isBeforeOrEqualTo(clock.instant());
        List<String> steps = timeline.stream().map(TimelineEntry::step).toList();
        switch (view.status()) {
            case SUBMITTED -> assertThat(last.step()).as(name).isIn("submit", "submit-correction");
            case CORRECTION_REQUESTED -> assertThat(last.step()).as(name).isEqualTo("request-correction");
            case ACCEPTED -> assertThat(last.step()).as(name).isEqualTo("accept");
            case REFUSED -> assertThat(last.step()).as(name).isEqualTo("refuse");
            case UNDER_REVIEW -> assertThat(last.step()).as(name)
                    .isIn("propose-approve", "propose-deny", "end-special-procedure");
            case SUSPENDED -> {
                assertThat(last.step()).as(name).isEqualTo("start-special-procedure");
                assertThat(view.clockStops().get(view.clockStops().size() - 1).endedOn()).as(name).isNull();
            }
            case APPROVED -> assertThat(last.step()).as(name).isEqualTo("approve");
            case DENIED -> assertThat(last.step()).as(name).isEqualTo("deny");
            case COMPLETED -> {
                assertThat(last.step()).as(name).isEqualTo("complete");
                assertThat(view.completedAt()).as(name).isEqualTo(last.at());
            }
            case DELIVERED -> {
                assertThat(last.step()).as(name).isEqualTo("deliver");
                assertThat(steps).as(name).contains("accept", "complete");
                assertThat(view.deliveredAt()).as(name).isEqualTo(last.at());
                assertThat(view.deliveryMethod()).as(name).isIn("WINDOW", "POST", "ELECTRONIC");
                if ("POST".equals(view.deliveryMethod())) {
                    assertThat(view.trackingNumber()).as(name).matches("SF\\d{10}");
                }
            }
            case WITHDRAWN -> assertThat(last.step()).as(name).isEqualTo("withdraw");
        }
        if (view.status().isDecided()) {
            assertThat(view.decidedAt()).as(name).isNotNull();
            assertThat(steps).as(name).containsAnyOf("approve", "deny");
        }
        // Intake: five working days from the submission, or from the correction handed in last.
        LocalDate intakeFrom = day(timeline.stream().filter(t -> t.step().equals("submit")
                || t.step().equals("submit-correction")).reduce((a, b) -> b).orElseThrow().at());
        assertThat(view.intakeDeadline()).as(name).isEqualTo(calendar.plusWorkingDays(intakeFrom, 5));
        timeline.stream().filter(t -> t.step().equals("accept")).findFirst().ifPresent(accept -> {
            assertThat(view.acceptedAt()).as(name).isEqualTo(accept.at());
            boolean special = view.clockStops().stream().anyMatch(s -> s.kind().equals("SPECIAL_PROCEDURE")
                    && s.endedOn() != null);
            ItemDetail item = catalog.published(view.itemCode()).orElseThrow();
            LocalDate promised = "N".equals(item.promisedLimit().unit())
                    ? calendar.plusNaturalDays(day(accept.at()), item.promisedLimit().value())
                    : calendar.plusWorkingDays(day(accept.at()), item.promisedLimit().value());
            if (special) {
                assertThat(view.promisedDeadline()).as(name).isAfter(promised);
            } else {
                assertThat(view.promisedDeadline()).as(name).isEqualTo(promised);
            }
        });
        view.clockStops().stream().filter(s -> s.endedOn() != null).forEach(stop -> {
            assertThat(stop.endedOn()).as(name).isAfterOrEqualTo(stop.startedOn());
            assertThat(stop.workingDays()).as(name).isEqualTo(calendar.workingDaysBetween(stop.startedOn(),
                    stop.endedOn()));
        });
    }

    /** The lights the clerk's inbox shows for these cases, read page by page. */
    private Set<Light> lightsInInbox(Set<String> ours) {
        Set<Light> seen = EnumSet.noneOf(Light.class);
        for (Light light : List.of(Light.RED, Light.YELLOW, Light.GREEN)) {
            for (int page = 0; ; page++) {
                CaseQueries.CasePage found = queries.inbox(clerk, null, light, page, 100);
                found.rows().stream().filter(row -> ours.contains(row.caseNumber())).forEach(row -> {
                    assertThat(row.light()).isEqualTo(light);
                    seen.add(light);
                });
                if ((page + 1) * 100L >= found.total()) {
                    break;
                }
            }
        }
        return seen;
    }

    private void deliver(String number) {
        actions.act(CaseNumber.of(number), new ActionRequest("deliver", "窗口领取", null, null, null, null, "WINDOW", null, null, null),
                clerk);
    }

    private LocalDate day(Instant at) {
        return at.atZone(clock.getZone()).toLocalDate();
    }

    private DemoCases.Cast cast() {
        var identity = IdentityFixtures.from(context);
        clerk = actor(identity, identity.staff(LANSHAN, CaseworkRole.WINDOW_CLERK));
        approver = actor(identity, identity.staff(LANSHAN, CaseworkRole.APPROVER));
        Actor leader = actor(identity, identity.staff(LANSHAN, AccountRole.DEPARTMENT_LEADER));
        citizen = actor(identity, identity.person("王晓明", newIdNumber(), newMobile()).username());
        company = actor(identity, identity.enterprise("临沂示例商贸有限公司", newCreditCode(), newMobile()).username());
        return new DemoCases.Cast(List.of(new DemoCases.Team(clerk, approver, leader)), citizen, company);
    }

    private static Actor actor(IdentityFixtures identity, String username) {
        return ((ActingPrincipal) identity.signedIn(username).getPrincipal()).actor();
    }

    private DemoCases demoCases() {
        return new DemoCases(catalog, context.getBean(Submissions.class), context.getBean(UploadedFiles.class), actions,
                context.getBean(StaffDirectory.class), context.getBean(Applicants.class), calendar, context.getBean(CaseHistory.class),
                context.getBean(PlatformTransactionManager.class), clock, context.getBean(ListingForms.class),
                DemoFeedbackTest.demoFeedback(context, clock), context.getBean(BackgroundWork.class));
    }
}
