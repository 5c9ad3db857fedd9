package org.tongban.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongban.application.ListingForms;
import org.tongban.application.Submissions;
import org.tongban.application.Submissions.ApplicationRequest;
import org.tongban.application.Submissions.MaterialSubmission;
import org.tongban.application.Submissions.WalkInApplicant;
import org.tongban.application.UploadedFiles;
import org.tongban.casework.CaseAction;
import org.tongban.casework.CaseActions;
import org.tongban.casework.CaseCommand;
import org.tongban.casework.CaseHistory;
import org.tongban.casework.CaseHistory.Limits;
import org.tongban.casework.CaseHistory.Step;
import org.tongban.casework.CaseHistory.Stop;
import org.tongban.casework.CaseIntake;
import org.tongban.casework.CaseNumber;
import org.tongban.casework.CaseStatus;
import org.tongban.casework.CaseworkRole;
import org.tongban.casework.Light;
import org.tongban.casework.TimeLimits;
import org.tongban.casework.WorkingCalendar;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemDetail;
import org.tongban.catalog.ItemSummary;
import org.tongban.catalog.ListingContent;
import org.tongban.document.MaterialInspector;
import org.tongban.identity.AccountRole;
import org.tongban.identity.Applicants;
import org.tongban.identity.StaffDirectory;
import org.tongban.identity.StaffDirectory.StaffView;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.BackgroundWork;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CreditCode;
import org.tongban.shared.IdNumber;
import org.tongban.shared.RegionCode;
import org.tongban.shared.Role;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Demo mode only: a few hundred historical cases (办件) of 临沂市兰山区行政审批服务局 in every status, so that
 * inboxes, traffic lights and dashboards show something real. Every case is made through the real services
 * (a window or online submission, then the actions of the demo clerk, approver and leader); its history is
 * then moved into the past weeks: step times, time stamps and clock stops, with the deadlines counted again
 * on the working-day calendar. It runs once, on its own thread, after the platform is ready. A run cut short
 * resumes where it stopped: keys {@code demo-0001}… make submissions idempotent, actions a case already had
 * are skipped, and a case whose history has been moved is left alone.
 */
@Component
@Profile("demo & !postgres")
@ConditionalOnProperty(name = "tongban.demo.cases", havingValue = "true", matchIfMissing = true)
class DemoCases {

    static final String DEPARTMENT = "11371302MB5517287A";
    static final String REGION = "371302";
    static final int COUNT = 300;
    static final String KEY_PREFIX = "demo-";

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final DemoFeedback feedback;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SEED = 20_260_401L;
    /** As casework counts it: intake within five working days (行政许可法 第三十二条), yellow at two or fewer. */
    /** How far back finished cases reach, in working days (about 40 calendar days). */
    private static final int SPREAD = 28;
    private static final Pattern PLANNED_DAYS = Pattern.compile("plannedDays=(\\d+)");

    private final Catalog catalog;
    private final ListingForms forms;
    private final Submissions submissions;
    private final UploadedFiles uploads;
    private final CaseActions actions;
    private final StaffDirectory staff;
    private final Applicants applicants;
    private final WorkingCalendar calendar;
    private final CaseHistory history;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AtomicBoolean started = new AtomicBoolean();
    private final BackgroundWork background;
    /** Uploads made for online applicants, by username and material name: one file serves all their cases. */
    private final Map<String, UploadedFiles.Upload> uploaded = new HashMap<>();

    DemoCases(Catalog catalog, Submissions submissions, UploadedFiles uploads, CaseActions actions,
            StaffDirectory staff, Applicants applicants, WorkingCalendar calendar, CaseHistory history,
            PlatformTransactionManager transactions, Clock clock, ListingForms forms, DemoFeedback feedback,
            BackgroundWork background) {
        this.background = background;
        this.forms = forms;
        this.feedback = feedback;
        this.catalog = catalog;
        this.submissions = submissions;
        this.uploads = uploads;
        this.actions = actions;
        this.staff = staff;
        this.applicants = applicants;
        this.calendar = calendar;
        this.history = history;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Who works a department's cases: the window clerk (一窗受理, county-wide), an approver and a leader. */
    record Team(Actor clerk, Actor approver, Actor leader) {
    }

    /** The teams (the demo department's first) and the accounts that apply online; either account may be null. */
    record Cast(List<Team> teams, Actor citizen, Actor company) {
    }

    /** Starts the generation on its own thread, so that start-up and the first pages are not held up. */
    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        BackgroundWork.Task task = background.start("demo-cases");
        Thread worker = new Thread(() -> runInBackground(task), "demo-cases");
        worker.setDaemon(true);
        worker.setPriority(Thread.MIN_PRIORITY);
        worker.start();
    }

    private void runInBackground(BackgroundWork.Task task) {
        try {
            if (generate(COUNT, task::progress) > 0) {
                task.progress("ratings");
                demoCast().ifPresent(cast -> feedback.seed(existing(cast).values().stream().map(Existing::caseNumber)
                        .sorted().toList()));
            }
            task.done();
        } catch (RuntimeException e) {
            task.failed();
            log.warn("Demo cases stopped; the next start resumes them", e);
        }
    }

    /** Makes {@code count} demo cases with the demo accounts, if they exist; returns how many were new. */
    int generate(int count, Consumer<String> progress) {
        Optional<Cast> cast = demoCast();
        if (cast.isEmpty()) {
            log.info("Demo cases skipped: the demo staff of {} do not exist", DEPARTMENT);
            return 0;
        }
        return generate(count, cast.get(), progress);
    }

    /** Makes demo cases {@code demo-0001} to {@code count} with this cast, resuming an earlier run and telling {@code progress} how far it has come; returns how many were new. */
    int generate(int count, Cast cast, Consumer<String> progress) {
        long startedAt = System.nanoTime();
        Map<String, Existing> existing = existing(cast);
        Existing last = existing.get(key(count));
        if (last != null && last.backdated(zone())) {
            log.info("Demo cases already present ({} found)", existing.size());
            return 0;
        }
        Map<Team, List<ItemDetail>> listings = listings(cast);
        if (listings.isEmpty()) {
            log.info("Demo cases skipped: no published listing of {} takes applications", DEPARTMENT);
            return 0;
        }
        log.info("Demo cases: making {} cases on {} listings ({} there already)", count,
                listings.values().stream().mapToInt(List::size).sum(), existing.size());
        int created = 0;
        for (int n = 1; n <= count; n++) {
            Plan plan = plan(n, cast, listings);
            try {
                if (make(plan, existing.get(key(n)))) {
                    created++;
                }
            } catch (BusinessException e) {
                log.warn("Demo case {} left out: {}", key(n), e.code().name());
            }
            progress.accept(n + " of " + count);
            if (n % 50 == 0 && n < count) {
                log.info("Demo cases: {} of {} after {} s", n, count, seconds(startedAt));
            }
        }
        log.info("Demo cases ready: {} of {} new, in {} s", created, count, seconds(startedAt));
        return created;
    }

    // ---------------------------------------------------------------------------------------------------
    // Who, and on what
    // ---------------------------------------------------------------------------------------------------

    /**
     * The demo clerk, approver and leader of 兰山区行政审批服务局, plus a team for every other 兰山区 department
     * that has an approver and a leader of its own (none by default); demo-citizen and demo-company if present.
     */
    private Optional<Cast> demoCast() {
        Actor reader = new Actor("demo-cases", AccountKind.STAFF, Set.of(AccountRole.SUPERVISOR), REGION, null);
        List<StaffView> members = staff.visibleTo(reader, 2_000);
        Map<String, StaffView> byName = members.stream()
                .collect(Collectors.toMap(StaffView::username, m -> m, (a, b) -> a));
        StaffView clerk = byName.get("demo-clerk");
        StaffView approver = byName.get("demo-approver");
        StaffView leader = byName.get("demo-leader");
        if (clerk == null || approver == null || leader == null) {
            return Optional.empty();
        }
        Actor window = staffActor(clerk);
        List<Team> teams = new ArrayList<>();
        teams.add(new Team(window, staffActor(approver), staffActor(leader)));
        Map<String, List<StaffView>> others = members.stream()
                .filter(m -> !DEPARTMENT.equals(m.departmentCode()) && m.departmentCode() != null)
                .collect(Collectors.groupingBy(StaffView::departmentCode, TreeMap::new, Collectors.toList()));
        others.values().forEach(department -> {
            Optional<StaffView> ownApprover = department.stream().filter(m -> m.roles().contains(CaseworkRole.APPROVER)).findFirst();
            Optional<StaffView> ownLeader = department.stream()
                    .filter(m -> m.roles().contains(AccountRole.DEPARTMENT_LEADER)).findFirst();
            if (ownApprover.isPresent() && ownLeader.isPresent()) {
                teams.add(new Team(window, staffActor(ownApprover.get()), staffActor(ownLeader.get())));
            }
        });
        return Optional.of(new Cast(teams, applicant("demo-citizen", AccountKind.PERSON, AccountRole.PERSON),
                applicant("demo-company", AccountKind.ENTERPRISE, AccountRole.ENTERPRISE)));
    }

    private static Actor staffActor(StaffView member) {
        return new Actor(member.username(), AccountKind.STAFF, member.roles(), member.regionCode(),
                member.departmentCode());
    }

    /** The person or enterprise as they act when signed in, or null when the account does not exist. */
    private Actor applicant(String username, AccountKind kind, Role role) {
        Actor actor = new Actor(username, kind, Set.of(role), null, null);
        try {
            applicants.of(actor);
            return actor;
        } catch (BusinessException e) {
            return null;
        }
    }

    /** Each team's published listings that take applications (网上办理深度 includes 网上申请). */
    private Map<Team, List<ItemDetail>> listings(Cast cast) {
        Map<Team, List<ItemDetail>> result = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (Team team : cast.teams()) {
            String department = team.approver().departmentCode();
            String region = team.approver().regionCode();
            List<ItemDetail> found = new ArrayList<>();
            for (int page = 0; ; page++) {
                Catalog.ItemPage items = catalog.search(new Catalog.ItemQuery(RegionCode.of(region), department, null,
                        null, null, false, page, 100));
                for (ItemSummary summary : items.items()) {
                    catalog.published(summary.code())
                            .filter(item -> takesApplications(item, region, department, today))
                            .ifPresent(found::add);
                }
                if ((page + 1) * 100L >= items.total()) {
                    break;
                }
            }
            if (!found.isEmpty()) {
                result.put(team, List.copyOf(found));
            }
        }
        return result;
    }

    private static boolean takesApplications(ItemDetail item, String region, String department, LocalDate today) {
        return department.equals(item.department().code()) && region.equals(item.region().code())
                && item.receivesOnline() && item.negativeList() == null
                && (item.cancellationDate() == null || item.cancellationDate().isAfter(today))
                && item.promisedLimit() != null && item.statutoryLimit() != null && !item.materials().isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------
    // The plan of one case: deterministic from its number, so a second run makes the same case
    // ---------------------------------------------------------------------------------------------------

    /** Where a case ends and, while its clock runs, the light it should show. */
    private record Slot(CaseStatus status, Light light) {
    }

    /** Thirty cases in a realistic mix: about half delivered, a third open, every status at least once. */
    private static final List<Slot> MIX = List.of(
            new Slot(CaseStatus.DELIVERED, null), new Slot(CaseStatus.SUBMITTED, Light.GREEN),
            new Slot(CaseStatus.UNDER_REVIEW, Light.GREEN), new Slot(CaseStatus.DELIVERED, null),
            new Slot(CaseStatus.COMPLETED, null), new Slot(CaseStatus.CORRECTION_REQUESTED, null),
            new Slot(CaseStatus.DELIVERED, null), new Slot(CaseStatus.ACCEPTED, Light.GREEN),
            new Slot(CaseStatus.REFUSED, null), new Slot(CaseStatus.DELIVERED, null),
            new Slot(CaseStatus.SUBMITTED, Light.RED), new Slot(CaseStatus.SUSPENDED, null),
            new Slot(CaseStatus.DELIVERED, null), new Slot(CaseStatus.APPROVED, Light.RED),
            new Slot(CaseStatus.DELIVERED, null), new Slot(CaseStatus.UNDER_REVIEW, Light.RED),
            new Slot(CaseStatus.WITHDRAWN, null), new Slot(CaseStatus.DELIVERED, null),
            new Slot(CaseStatus.COMPLETED, null), new Slot(CaseStatus.DENIED, Light.GREEN),
            new Slot(CaseStatus.DELIVERED, null), new Slot(CaseStatus.SUBMITTED, Light.YELLOW),
            new Slot(CaseStatus.DELIVERED, null), new Slot(CaseStatus.UNDER_REVIEW, Light.YELLOW),
            new Slot(CaseStatus.DELIVERED, null), new Slot(CaseStatus.COMPLETED, null),
            new Slot(CaseStatus.DELIVERED, null), new Slot(CaseStatus.DELIVERED, null),
            new Slot(CaseStatus.DELIVERED, null), new Slot(CaseStatus.DELIVERED, null));

    /** One action of the plan; {@code corrected} names the materials handed in when it is a correction. */
    private record Act(Actor actor, CaseCommand command, List<String> corrected) {

        String name() {
            return command == null ? CaseAction.SUBMIT_CORRECTION.wireName() : command.action().wireName();
        }
    }

    private record Plan(int n, Slot slot, ItemDetail item, Actor submitter, WalkInApplicant walkIn,
            List<String> materials, Map<String, Object> form, List<Act> acts) {
    }

    private Plan plan(int n, Cast cast, Map<Team, List<ItemDetail>> listings) {
        Random r = new Random(SEED + 1_000_003L * n);
        Slot slot = MIX.get((n - 1) % MIX.size());
        if (n > MIX.size() && slot.light() != null) {
            int roll = r.nextInt(100);
            slot = new Slot(slot.status(), roll < 55 ? Light.GREEN : roll < 75 ? Light.YELLOW : Light.RED);
        }
        List<Team> teams = new ArrayList<>(listings.keySet());
        Team team = teams.size() == 1 || r.nextInt(100) < 80 ? teams.get(0) : teams.get(1 + r.nextInt(teams.size() - 1));
        ItemDetail item = listing(listings.get(team), slot, r);
        boolean person = personApplies(item, r);
        Actor account = person ? cast.citizen() : cast.company();
        boolean online = account != null && r.nextInt(100) < 25;
        Actor submitter = online ? account : team.clerk();
        WalkInApplicant walkIn = online ? null : walkIn(person, item, r);
        List<String> materials = new ArrayList<>();
        for (ItemDetail.MaterialView material : item.materials()) {
            if (material.required() || r.nextBoolean()) {
                materials.add(material.name());
            }
        }
        Map<String, Object> form = form(forms.form(item), r);
        return new Plan(n, slot, item, submitter, walkIn, materials, form, acts(slot.status(), item, team, submitter,
                online, person, r));
    }

    /** A listing for the slot: cases under review take promised ones, long enough for a green light if wanted. */
    private static ItemDetail listing(List<ItemDetail> items, Slot slot, Random r) {
        boolean review = Set.of(CaseStatus.ACCEPTED, CaseStatus.UNDER_REVIEW, CaseStatus.SUSPENDED, CaseStatus.APPROVED,
                CaseStatus.DENIED).contains(slot.status());
        List<ItemDetail> pool = items;
        if (review) {
            List<ItemDetail> promised = items.stream().filter(i -> "PROMISED".equals(i.processingKind()))
                    .filter(i -> slot.light() != Light.GREEN || workingDays(i.promisedLimit()) >= 5).toList();
            pool = promised.isEmpty() ? items : promised;
        }
        int total = pool.stream().mapToInt(DemoCases::weight).sum();
        int roll = r.nextInt(total);
        for (ItemDetail item : pool) {
            roll -= weight(item);
            if (roll < 0) {
                return item;
            }
        }
        return pool.get(0);
    }

    /** 即办件 and high-frequency items are asked for more often. */
    private static int weight(ItemDetail item) {
        return ("IMMEDIATE".equals(item.processingKind()) ? 3 : 1) + (item.highFrequency() ? 1 : 0);
    }

    private static int workingDays(ListingContent.TimeLimit limit) {
        return "N".equals(limit.unit()) ? limit.value() * 5 / 7 : limit.value();
    }

    private static boolean personApplies(ItemDetail item, Random r) {
        if (item.name().contains("个体工商户")) {
            return true;
        }
        boolean person = item.audiences().contains("PERSON");
        boolean organisation = item.audiences().isEmpty() || item.audiences().stream().anyMatch(a -> !"PERSON".equals(a));
        return person && (!organisation || r.nextInt(100) < 40);
    }

    /** The actions that bring a case to {@code target}, each by whoever holds that step. */
    private List<Act> acts(CaseStatus target, ItemDetail item, Team team, Actor applicant, boolean online,
            boolean person, Random r) {
        List<Act> acts = new ArrayList<>();
        boolean immediate = "IMMEDIATE".equals(item.processingKind());
        boolean leaderSigns = Submissions.leaderSigns(item);
        Actor clerk = team.clerk();
        Actor approver = team.approver();
        int correctionChance = switch (target) {
            case CORRECTION_REQUESTED -> 100;
            case REFUSED -> 40;
            case SUBMITTED, WITHDRAWN -> 25;
            default -> 12;
        };
        boolean corrected = r.nextInt(100) < correctionChance;
        if (corrected) {
            List<String> names = defective(item, r);
            List<String> defects = person ? PERSON_DEFECTS : DEFECTS;
            List<String> missing = names.stream().map(name -> name + pick(defects, r)).toList();
            acts.add(new Act(clerk, new CaseCommand.RequestCorrection(pick(CORRECTION_OPINIONS, r), missing),
                    null));
            if (target == CaseStatus.CORRECTION_REQUESTED) {
                return acts;
            }
            acts.add(new Act(applicant, null, names));
        }
        switch (target) {
            case SUBMITTED -> {
                return acts;
            }
            case REFUSED -> {
                String[] refusal = corrected ? REFUSAL_AFTER_CORRECTION : REFUSALS.get(r.nextInt(REFUSALS.size()));
                acts.add(new Act(clerk, new CaseCommand.Refuse(refusal[0], refusal[1]), null));
                return acts;
            }
            case WITHDRAWN -> {
                if (!corrected && r.nextInt(100) < 40) {
                    acts.add(new Act(clerk, new CaseCommand.Accept(pick(ACCEPTANCES, r)), null));
                }
                acts.add(new Act(applicant, new CaseCommand.Withdraw(pick(WITHDRAWALS, r)), null));
                return acts;
            }
            default -> acts.add(new Act(clerk, new CaseCommand.Accept(pick(ACCEPTANCES, r)), null));
        }
        if (target == CaseStatus.ACCEPTED) {
            return acts;
        }
        boolean special = target == CaseStatus.SUSPENDED
                || (target == CaseStatus.UNDER_REVIEW && (!leaderSigns || r.nextInt(100) < 35))
                || (!immediate && target != CaseStatus.UNDER_REVIEW
                        && r.nextInt(100) < (item.specialProcedures().isEmpty() ? 10 : 45));
        if (special) {
            Procedure procedure = procedure(item, r);
            acts.add(new Act(approver, new CaseCommand.StartSpecialProcedure(procedure.code(),
                    procedure.reason(), procedure.plannedDays()), null));
            if (target == CaseStatus.SUSPENDED) {
                return acts;
            }
            acts.add(new Act(approver, new CaseCommand.EndSpecialProcedure(procedure.outcome()), null));
            if (target == CaseStatus.UNDER_REVIEW && (!leaderSigns || r.nextBoolean())) {
                return acts;
            }
        }
        boolean deny = target == CaseStatus.DENIED
                || ((target == CaseStatus.COMPLETED || target == CaseStatus.DELIVERED) && r.nextInt(100) < 10);
        String reason = pick(DENIALS, r);
        String basis = basis(item);
        Actor decider = approver;
        if (leaderSigns) {
            acts.add(deny ? decision(approver, false, "经审查，" + reason + "，拟不予许可。", DENIAL_BASIS)
                    : decision(approver, true, pick(PROPOSALS, r), basis));
            if (target == CaseStatus.UNDER_REVIEW) {
                return acts;
            }
            acts.add(deny ? decision(team.leader(), false, LEADER_DENIAL, DENIAL_BASIS)
                    : decision(team.leader(), true, pick(LEADER_APPROVALS, r), basis));
        } else {
            decider = immediate && r.nextInt(100) < 70 ? clerk : approver;
            String approval = decider == clerk ? "申请材料齐全、符合法定形式，当场准予办理。" : "经审查，申请人符合法定条件、标准，准予许可。";
            acts.add(deny ? decision(decider, false, "经审查，" + reason + "，不予许可。", DENIAL_BASIS)
                    : decision(decider, true, approval, basis));
        }
        if (target == CaseStatus.APPROVED || target == CaseStatus.DENIED) {
            return acts;
        }
        Actor completer = immediate ? decider : r.nextInt(100) < 60 ? approver : clerk;
        String result = item.result() == null || item.result().name() == null ? "审批结果" : item.result().name();
        acts.add(complete(completer, deny ? "已制作不予行政许可决定书，办结。" : "已制作《" + result + "》，办结。"));
        if (target == CaseStatus.COMPLETED) {
            return acts;
        }
        acts.add(delivery(clerk, item, online, deny, r));
        return acts;
    }

    private static Act decision(Actor actor, boolean approve, String opinion, String basis) {
        return new Act(actor, approve ? new CaseCommand.Approve(opinion, basis) : new CaseCommand.Deny(opinion, basis),
                null);
    }

    private static Act complete(Actor actor, String opinion) {
        return new Act(actor, new CaseCommand.Complete(opinion), null);
    }

    private static Act delivery(Actor clerk, ItemDetail item, boolean online, boolean deny, Random r) {
        int roll = r.nextInt(100);
        String method;
        if (online) {
            method = roll < 50 && !deny ? "ELECTRONIC" : item.postal() && roll < 80 ? "POST" : "WINDOW";
        } else {
            method = roll < 65 ? "WINDOW" : item.postal() && roll < 90 ? "POST" : deny ? "WINDOW" : "ELECTRONIC";
        }
        String tracking = null;
        String opinion;
        String paper = deny ? "不予行政许可决定书" : "审批结果";
        switch (method) {
            case "POST" -> {
                tracking = "SF" + (1 + r.nextInt(9)) + String.format("%09d", r.nextInt(1_000_000_000));
                opinion = paper + "已通过顺丰速运邮寄送达，运单号" + tracking + "。";
            }
            case "ELECTRONIC" -> opinion = "电子证照已推送至申请人“我的证照”，可在线下载打印。";
            default -> opinion = "申请人已持有效身份证件到窗口领取" + paper + "，当场签收。";
        }
        return new Act(clerk, new CaseCommand.Deliver(opinion, method, tracking), null);
    }

    /** One or two of the listing's required materials that the clerk finds wanting. */
    private static List<String> defective(ItemDetail item, Random r) {
        List<String> required = item.materials().stream().filter(ItemDetail.MaterialView::required)
                .map(ItemDetail.MaterialView::name).toList();
        List<String> pool = required.isEmpty() ? item.materials().stream().map(ItemDetail.MaterialView::name).toList()
                : required;
        String first = pool.get(r.nextInt(pool.size()));
        String second = pool.get(r.nextInt(pool.size()));
        return r.nextInt(100) < 35 && !second.equals(first) ? List.of(first, second) : List.of(first);
    }

    /** A special procedure (特别程序): one the listing names, or a site inspection or expert review. */
    private record Procedure(String code, String reason, int plannedDays, String outcome) {
    }

    private static Procedure procedure(ItemDetail item, Random r) {
        if (!item.specialProcedures().isEmpty() && r.nextInt(100) < 80) {
            ListingContent.SpecialProcedure named = item.specialProcedures().get(r.nextInt(item.specialProcedures().size()));
            String code = procedureCode(named.name());
            String note = named.note() == null || named.note().isBlank() ? "" : "（" + named.note().strip() + "）";
            String reason = clean(named.name() + "，期间不计入审批时限" + note, 600);
            return new Procedure(code, reason, Math.max(1, Math.min(named.days(), 60)), outcome(code));
        }
        int roll = r.nextInt(100);
        if (roll < 60) {
            return new Procedure("INSPECTION", "需对申请人经营场所进行现场核查，核查时间不计入审批时限。", 3 + r.nextInt(3),
                    outcome("INSPECTION"));
        }
        if (roll < 90) {
            return new Procedure("EXPERT_REVIEW", "申请事项涉及专业技术问题，需组织专家评审，评审时间不计入审批时限。", 5 + r.nextInt(6),
                    outcome("EXPERT_REVIEW"));
        }
        return new Procedure("TESTING", "需委托检测机构对相关设施进行检测，检测时间不计入审批时限。", 5 + r.nextInt(3),
                outcome("TESTING"));
    }

    private static String procedureCode(String name) {
        if (name.contains("核查") || name.contains("勘验") || name.contains("检查")) {
            return "INSPECTION";
        }
        if (name.contains("公示") || name.contains("公告")) {
            return "PUBLIC_NOTICE";
        }
        if (name.contains("论证") || name.contains("评审") || name.contains("评估")) {
            return "EXPERT_REVIEW";
        }
        if (name.contains("检测") || name.contains("检验")) {
            return "TESTING";
        }
        if (name.contains("听证")) {
            return "HEARING";
        }
        return name.contains("鉴定") ? "APPRAISAL" : "OTHER";
    }

    private static String outcome(String code) {
        return switch (code) {
            case "INSPECTION" -> "现场核查完毕，经营场所及设施设备与申报一致，符合要求。";
            case "PUBLIC_NOTICE" -> "公示期满，未收到异议，恢复审查。";
            case "EXPERT_REVIEW" -> "专家评审已完成，评审结论为通过。";
            case "TESTING" -> "检测完毕，检测结果符合相关标准。";
            default -> "特别程序已结束，恢复审查。";
        };
    }

    /** The listing's legal basis as an approval cites it: one line, short. */
    private static String basis(ItemDetail item) {
        return item.legalBasis() == null || item.legalBasis().isBlank() ? null : clean(item.legalBasis(), 200);
    }

    private static String clean(String text, int max) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.codePointCount(0, line.length()) <= max ? line
                : line.substring(0, line.offsetByCodePoints(0, max - 1)) + "…";
    }

    // ---------------------------------------------------------------------------------------------------
    // Applicants: walk-ins with valid generated numbers
    // ---------------------------------------------------------------------------------------------------

    private static WalkInApplicant walkIn(boolean person, ItemDetail item, Random r) {
        String mobile = pick(MOBILE_PREFIXES, r) + String.format("%08d", r.nextInt(100_000_000));
        if (person) {
            boolean male = r.nextBoolean();
            String name = pick(SURNAMES, r) + pick(male ? MALE_NAMES : FEMALE_NAMES, r);
            LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(55 * 365));
            int gender = 2 * r.nextInt(5) + (male ? 1 : 0);
            String first17 = pick(COUNTIES, r) + birth.format(DateTimeFormatter.BASIC_ISO_DATE)
                    + String.format("%02d", r.nextInt(100)) + gender;
            return new WalkInApplicant("PERSON", name, first17 + IdNumber.checkCharacter(first17), mobile);
        }
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder code = new StringBuilder("91371302MA");
        for (int i = 0; i < 7; i++) {
            code.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        String first17 = code.toString();
        String name = (r.nextInt(100) < 80 ? "临沂" : "山东") + pick(TRADE_NAMES, r)
                + (item == null ? "商贸" : industry(item.name())) + "有限公司";
        return new WalkInApplicant("ENTERPRISE", name, first17 + CreditCode.checkCharacter(first17), mobile);
    }

    private static String industry(String itemName) {
        for (String[] pair : INDUSTRIES) {
            if (itemName.contains(pair[0])) {
                return pair[1];
            }
        }
        return "商贸";
    }

    /**
     * The listing's form filled in as an applicant would: names, numbers and dates that pass its checks. Fields
     * taken from the verified identity get a value too, which the submission replaces when the applicant's kind
     * fits the field.
     */
    private Map<String, Object> form(ListingForms.Form form, Random r) {
        Map<String, Object> values = new LinkedHashMap<>();
        WalkInApplicant person = walkIn(true, null, r);
        WalkInApplicant enterprise = walkIn(false, null, r);
        WalkInApplicant father = walkIn(true, null, r);
        LocalDate start = LocalDate.now(clock).plusDays(20 + r.nextInt(60));
        for (ListingForms.FormField field : form.fields()) {
            Object value = switch (field.name()) {
                case "fullName", "contactName", "legalRepresentative", "motherName" -> person.name();
                case "idNumber", "legalRepIdNumber", "motherIdNumber" -> person.number();
                case "fatherName" -> father.name();
                case "fatherIdNumber" -> father.number();
                case "childName" -> person.name().substring(0, 1) + pick(List.of("子涵", "一诺", "沐阳", "欣怡", "浩然"), r);
                case "childBirthDate" -> LocalDate.now(clock).minusDays(3 + r.nextInt(20)).toString();
                case "birthPlace" -> pick(List.of("临沂市人民医院", "临沂市妇幼保健院", "兰山区人民医院"), r);
                case "enterpriseName" -> enterprise.name();
                case "creditCode" -> enterprise.number();
                case "contactPhone" -> person.mobile();
                case "email" -> "service" + r.nextInt(1000) + "@example.cn";
                case "postalCode" -> "276000";
                case "reason" -> pick(REASONS, r);
                case "remarks" -> null;
                case "businessScope" -> pick(List.of("日用百货、五金交电零售", "预包装食品销售", "餐饮服务", "货物运输代理",
                        "建筑材料销售"), r);
                case "projectName" -> "兰山区" + pick(ROADS, r) + "片区改造项目";
                case "registeredCapital" -> 10 + r.nextInt(490);
                case "premisesArea" -> 20 + r.nextInt(280);
                case "buildingArea" -> 2_000 + r.nextInt(48_000);
                case "contractPrice" -> 500 + r.nextInt(19_500);
                case "employees" -> 1 + r.nextInt(30);
                case "plannedStart" -> start.toString();
                case "plannedEnd" -> start.plusDays(300 + r.nextInt(400)).toString();
                case "deliveryPreference" -> field.options().contains("窗口领取") ? "窗口领取" : field.options().get(0);
                default -> switch (field.widget()) {
                    case "select" -> pick(field.options(), r);
                    case "checkbox" -> true;
                    case "number", "integer" -> field.minimum() == null ? 1 : field.minimum().intValue() + 1;
                    default -> address(r);
                };
            };
            if (value != null) {
                values.put(field.name(), value);
            }
        }
        return values;
    }

    private static String address(Random r) {
        return "临沂市兰山区" + pick(ROADS, r) + (1 + r.nextInt(600)) + "号";
    }

    private static <T> T pick(List<T> values, Random r) {
        return values.get(r.nextInt(values.size()));
    }

    // ---------------------------------------------------------------------------------------------------
    // Making one case
    // ---------------------------------------------------------------------------------------------------

    /** A demo case found in the database: how many steps it has, and whether its history was moved. */
    private record Existing(String key, String caseNumber, Instant submittedAt, int steps) {

        boolean backdated(ZoneId zone) {
            return submittedAt.atZone(zone).toLocalDate().isBefore(numberDay(caseNumber));
        }
    }

    private Map<String, Existing> existing(Cast cast) {
        List<String> submitters = new ArrayList<>();
        cast.teams().forEach(team -> submitters.add(team.clerk().username()));
        if (cast.citizen() != null) {
            submitters.add(cast.citizen().username());
        }
        if (cast.company() != null) {
            submitters.add(cast.company().username());
        }
        return history.submittedWithKeys(KEY_PREFIX, submitters).stream()
                .map(c -> new Existing(c.submissionKey(), c.caseNumber(), c.submittedAt(), c.steps()))
                .collect(Collectors.toMap(Existing::key, e -> e, (a, b) -> a));
    }

    /** Submits the case unless it exists, takes the actions it has not had yet, then moves its history back. */
    private boolean make(Plan plan, Existing found) {
        if (found != null && found.backdated(zone())) {
            return false;
        }
        String number;
        int done;
        boolean created = false;
        if (found == null) {
            CaseIntake.Submitted submitted = submissions.submit(application(plan), plan.submitter());
            number = submitted.caseNumber();
            created = submitted.created();
            done = created ? 0 : steps(number) - 1;
        } else {
            number = found.caseNumber();
            done = found.steps() - 1;
        }
        for (int i = Math.max(done, 0); i < plan.acts().size(); i++) {
            Act act = plan.acts().get(i);
            try {
                if (act.corrected() != null) {
                    actions.correct(CaseNumber.of(number), null, corrections(act.actor(), act.corrected()), act.actor());
                } else {
                    actions.act(CaseNumber.of(number), act.command(), null, act.actor());
                }
            } catch (BusinessException e) {
                log.warn("Demo case {} stopped before {}: {}", number, act.name(), e.code().name());
                break;
            }
        }
        transaction.executeWithoutResult(status -> backdate(number, plan));
        return created;
    }

    private int steps(String caseNumber) {
        return history.steps(CaseNumber.of(caseNumber));
    }

    private ApplicationRequest application(Plan plan) {
        Actor submitter = plan.submitter();
        List<MaterialSubmission> materials = new ArrayList<>();
        for (String name : plan.materials()) {
            materials.add(new MaterialSubmission(name, submitter.isStaff() ? null : upload(submitter, name).id()));
        }
        return new ApplicationRequest(plan.item().code(), plan.item().region().code(), plan.form(), materials,
                key(plan.n()), null, plan.walkIn());
    }

    /** What a correction hands in: paper at the window, the applicant's own uploads online. */
    private String corrections(Actor actor, List<String> names) {
        ArrayNode added = JSON.createArrayNode();
        for (String name : names) {
            if (actor.isStaff()) {
                added.addObject().put("name", name).put("paper", true).put("correction", true);
            } else {
                UploadedFiles.Upload file = upload(actor, name);
                added.addObject().put("name", name).put("fileId", file.id()).put("fileName", file.name())
                        .put("mediaType", file.mediaType()).put("sha256", file.sha256()).put("size", file.size())
                        .put("correction", true);
            }
        }
        return JSON.writeValueAsString(added);
    }

    private UploadedFiles.Upload upload(Actor owner, String material) {
        return uploaded.computeIfAbsent(owner.username() + "\n" + material, k -> uploads.upload(owner,
                material.replace('/', '、') + ".pdf", MaterialInspector.PDF, Pdf.BYTES));
    }

    /** A one-page PDF, made once. */
    private static final class Pdf {

        static final byte[] BYTES = make();

        private static byte[] make() {
            try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
                document.addPage(new PDPage());
                document.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Moving a case's history into the past
    // ---------------------------------------------------------------------------------------------------


    /** The deadlines and clock stops that a history implies, counted as casework counts them. */
    private record Derived(LocalDate intake, LocalDate promised, LocalDate statutory, LocalDate stoppedOn,
            List<Stop> stops) {
    }

    /**
     * Lays the case's steps on working days of the past weeks (the last one {@code endAgo} working days before
     * the day the case was made, each after the one before by a realistic gap), stamps the case with the new
     * times, and counts its intake, promised and statutory deadlines and its clock stops again. Open cases
     * whose clock runs are placed so that they show the light their slot asks for.
     */
    private void backdate(String number, Plan plan) {
        CaseHistory.Recorded recorded = history.recorded(CaseNumber.of(number)).orElseThrow();
        CaseStatus status = recorded.status();
        Limits limits = recorded.limits();
        List<Step> steps = recorded.steps();
        ZoneId zone = zone();
        LocalDate made = numberDay(number);
        if (steps.isEmpty() || steps.get(0).at().atZone(zone).toLocalDate().isBefore(made)) {
            return;
        }
        Random r = new Random(SEED ^ (7_919L * plan.n()));
        List<String> names = steps.stream().map(Step::name).toList();
        int[] gaps = gaps(steps, limits, r);
        LocalDate last = made;
        while (!calendar.isWorkingDay(last)) {
            last = last.minusDays(1);
        }
        int endAgo = endAgo(status, plan.slot().light(), names, gaps, limits, last, made, r);
        List<LocalDate> days = days(gaps, last, endAgo);
        Derived derived = derive(names, days, limits);

        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            LocalDate day = days.get(i);
            Instant real = steps.get(i).at();
            Instant at;
            if (day.equals(made) && real.atZone(zone).toLocalDate().equals(made)) {
                at = real;
            } else if (i > 0 && day.equals(days.get(i - 1))) {
                at = times.get(i - 1).plusSeconds(60L * (6 + r.nextInt(60)) + r.nextInt(60));
            } else {
                at = day.atTime(LocalTime.of(8, 40).plusMinutes(r.nextInt(100)).plusSeconds(r.nextInt(60)))
                        .atZone(zone).toInstant();
            }
            if (i > 0 && !at.isAfter(times.get(i - 1))) {
                at = times.get(i - 1).plusSeconds(30);
            }
            times.add(at);
        }
        history.rewrite(CaseNumber.of(number), new CaseHistory.Rewritten(times, derived.stops(), times.get(0),
                at(names, times, "accept"), at(names, times, "approve", "deny"), at(names, times, "complete"),
                at(names, times, "deliver"), derived.intake(), derived.promised(), derived.statutory(),
                derived.stoppedOn()));
    }

    /** Working days between each step and the one before: quick at the window, longer where people wait. */
    private static int[] gaps(List<Step> steps, Limits limits, Random r) {
        int[] gaps = new int[steps.size()];
        int planned = 5;
        for (int i = 1; i < steps.size(); i++) {
            String previous = steps.get(i - 1).name();
            gaps[i] = switch (steps.get(i).name()) {
                case "request-correction", "refuse" -> limits.immediate() ? 0 : r.nextInt(2);
                case "submit-correction" -> 1 + r.nextInt(4);
                case "accept" -> limits.immediate() || r.nextInt(100) < 50 ? 0 : 1 + r.nextInt(2);
                case "start-special-procedure" -> {
                    planned = plannedDays(steps.get(i).detail());
                    yield 1 + r.nextInt(2);
                }
                case "end-special-procedure" -> Math.min(Math.max(1, planned - 1 + r.nextInt(3)), 12);
                case "propose-approve", "propose-deny" -> review(previous, limits, r);
                case "approve", "deny" -> previous.startsWith("propose-") ? r.nextInt(2)
                        : limits.immediate() ? 0 : review(previous, limits, r);
                case "complete" -> limits.immediate() ? 0 : r.nextInt(2);
                case "deliver" -> limits.immediate() && r.nextBoolean() ? 0 : r.nextInt(4);
                case "withdraw" -> 1 + r.nextInt(3);
                default -> 1;
            };
        }
        return gaps;
    }

    /** The review takes part of the promised time; now and then a little more (a late case). */
    private static int review(String previous, Limits limits, Random r) {
        if ("end-special-procedure".equals(previous)) {
            return 1 + r.nextInt(2);
        }
        int promised = Math.max(1, "N".equals(limits.promisedUnit()) ? limits.promisedDays() * 5 / 7
                : limits.promisedDays());
        return r.nextInt(100) < 7 ? promised + 1 + r.nextInt(3) : 1 + r.nextInt(Math.max(1, promised - 1));
    }

    private static int plannedDays(String detail) {
        Matcher matcher = PLANNED_DAYS.matcher(detail == null ? "" : detail);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 5;
    }

    /**
     * How many working days before the day the case was made its last step falls. Open cases whose clock runs
     * take a value that gives the wanted light today, with the gaps shortened if that is the only way; the
     * submission always falls before the day the case was made.
     */
    private int endAgo(CaseStatus status, Light wanted, List<String> names, int[] gaps, Limits limits, LocalDate last,
            LocalDate made, Random r) {
        if (wanted != null && status.clockRuns()) {
            int ago = fitting(status, wanted, names, gaps, limits, last, made, r);
            if (ago < 0) {
                for (int i = 1; i < gaps.length; i++) {
                    gaps[i] = Math.min(gaps[i], 1);
                }
                ago = fitting(status, wanted, names, gaps, limits, last, made, r);
            }
            if (ago >= 0) {
                return ago;
            }
        }
        int ago = switch (status) {
            case COMPLETED -> r.nextInt(3);
            case CORRECTION_REQUESTED -> r.nextInt(7);
            case SUSPENDED -> r.nextInt(5);
            case SUBMITTED, ACCEPTED, UNDER_REVIEW, APPROVED, DENIED -> r.nextInt(6);
            default -> r.nextInt(Math.max(0, SPREAD - span(gaps)) + 1);
        };
        return Math.max(ago, least(gaps, last, made));
    }

    /** One of the first values that give the wanted light today, or -1 when none does. */
    private int fitting(CaseStatus status, Light wanted, List<String> names, int[] gaps, Limits limits, LocalDate last,
            LocalDate made, Random r) {
        LocalDate today = LocalDate.now(clock);
        List<Integer> fitting = new ArrayList<>();
        for (int ago = least(gaps, last, made); ago <= SPREAD + 12 && fitting.size() < 6; ago++) {
            if (light(status, derive(names, days(gaps, last, ago), limits), today) == wanted) {
                fitting.add(ago);
            }
        }
        return fitting.isEmpty() ? -1 : fitting.get(r.nextInt(fitting.size()));
    }

    /** At least one working day back when everything would otherwise fall on the day the case was made. */
    private static int least(int[] gaps, LocalDate last, LocalDate made) {
        return last.isBefore(made) || span(gaps) > 0 ? 0 : 1;
    }

    private static int span(int[] gaps) {
        int span = 0;
        for (int gap : gaps) {
            span += gap;
        }
        return span;
    }

    /** The day of each step: the first {@code endAgo} plus the span before {@code last}, then gap by gap. */
    private List<LocalDate> days(int[] gaps, LocalDate last, int endAgo) {
        LocalDate day = last;
        for (int left = endAgo + span(gaps); left > 0; ) {
            day = day.minusDays(1);
            if (calendar.isWorkingDay(day)) {
                left--;
            }
        }
        List<LocalDate> days = new ArrayList<>();
        for (int gap : gaps) {
            day = calendar.plusWorkingDays(day, gap);
            days.add(day);
        }
        return days;
    }

    /** The deadlines and clock stops of a history, the way casework moves them at each step. */
    private Derived derive(List<String> names, List<LocalDate> days, Limits limits) {
        LocalDate intakeFrom = days.get(0);
        LocalDate promised = null;
        LocalDate statutory = null;
        LocalDate stoppedOn = null;
        List<Stop> stops = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < names.size(); i++) {
            LocalDate day = days.get(i);
            switch (names.get(i)) {
                case "request-correction", "start-special-procedure" -> {
                    stops.add(new Stop(day, null, null));
                    open = stops.size() - 1;
                    stoppedOn = day;
                }
                case "submit-correction" -> {
                    open = close(stops, open, day);
                    stoppedOn = null;
                    intakeFrom = day;
                }
                case "accept" -> {
                    promised = calendar.plus(day, limits.promisedDays(), limits.promisedUnit());
                    statutory = calendar.plus(day, limits.statutoryDays(), limits.statutoryUnit());
                }
                case "end-special-procedure" -> {
                    if (open >= 0 && promised != null) {
                        LocalDate start = stops.get(open).start();
                        promised = calendar.plus(promised, calendar.elapsed(start, day, limits.promisedUnit()),
                                limits.promisedUnit());
                        statutory = calendar.plus(statutory, calendar.elapsed(start, day, limits.statutoryUnit()),
                                limits.statutoryUnit());
                    }
                    open = close(stops, open, day);
                    stoppedOn = null;
                }
                case "withdraw" -> {
                    open = close(stops, open, day);
                    stoppedOn = null;
                }
                default -> {
                }
            }
        }
        return new Derived(calendar.plusWorkingDays(intakeFrom, TimeLimits.INTAKE_DAYS), promised, statutory, stoppedOn, stops);
    }

    private int close(List<Stop> stops, int open, LocalDate day) {
        if (open >= 0) {
            Stop stop = stops.get(open);
            stops.set(open, new Stop(stop.start(), day, calendar.elapsed(stop.start(), day, "W")));
        }
        return -1;
    }

    /** The light casework shows for these deadlines today. */
    private Light light(CaseStatus status, Derived derived, LocalDate today) {
        return Light.of(status, status == CaseStatus.SUBMITTED ? derived.intake() : derived.promised(), today, calendar);
    }


    private static Instant at(List<String> names, List<Instant> times, String... steps) {
        Instant found = null;
        for (int i = 0; i < names.size(); i++) {
            for (String step : steps) {
                if (step.equals(names.get(i))) {
                    found = times.get(i);
                }
            }
        }
        return found;
    }

    /** The day in a 办件编号 (实施编码 + yyyyMMdd + four digits): the day the case was really made. */
    private static LocalDate numberDay(String caseNumber) {
        int length = caseNumber.length();
        return LocalDate.parse(caseNumber.substring(length - 12, length - 4), DateTimeFormatter.BASIC_ISO_DATE);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    static String key(int n) {
        return KEY_PREFIX + String.format("%04d", n);
    }

    private static String seconds(long startedAt) {
        return String.format("%.1f", (System.nanoTime() - startedAt) / 1e9);
    }

    // ---------------------------------------------------------------------------------------------------
    // Data
    // ---------------------------------------------------------------------------------------------------

    private static final List<String> SURNAMES = List.of("王", "张", "李", "刘", "陈", "杨", "赵", "孙", "徐", "高",
            "马", "朱", "胡", "郭", "何", "林", "罗", "郑", "梁", "宋", "谢", "韩", "冯", "于", "董", "程", "曹", "袁",
            "许", "沈", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "潘", "杜", "田", "任", "姜", "范",
            "石", "姚", "邹", "颜", "庄", "诸葛", "公丕", "孔", "孟", "厉", "鞠");
    private static final List<String> MALE_NAMES = List.of("伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "刚",
            "辉", "鹏", "飞", "鑫", "斌", "浩", "凯", "健", "建国", "建华", "志强", "志刚", "海涛", "国庆", "春生", "振华",
            "文博", "子轩", "浩然", "宇航", "立新", "德胜", "传宝", "兆山", "庆友", "玉成");
    private static final List<String> FEMALE_NAMES = List.of("芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀英",
            "桂英", "玉兰", "丽娟", "红梅", "晓燕", "婷婷", "雪梅", "欣怡", "诗涵", "梓萱", "雨桐", "佳怡", "美玲", "海燕",
            "春燕", "淑珍", "凤英");
    /** 临沂市's counties and districts: 兰山、罗庄、河东、沂南、郯城、沂水、兰陵、费县、平邑、莒南、蒙阴、临沭. */
    private static final List<String> COUNTIES = List.of("371302", "371302", "371302", "371311", "371312", "371321",
            "371322", "371323", "371324", "371325", "371326", "371327", "371328", "371329");
    /** Mainland mobile prefixes (none starting 15, which the tests' own numbers use). */
    private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "135", "136", "137",
            "138", "139", "170", "173", "176", "177", "178", "180", "181", "182", "183", "185", "186", "187", "188",
            "189", "198", "199");
    private static final List<String> TRADE_NAMES = List.of("鑫源", "华兴", "鲁南", "沂蒙", "琅琊", "金雀", "银雀",
            "蒙山", "汇通", "恒泰", "宏达", "天元", "瑞丰", "泰和", "启航", "众诚", "润邦", "兴业", "嘉禾", "和顺", "荣盛",
            "祥瑞", "博远", "鼎盛", "金桥", "新程", "聚丰", "德润");
    private static final List<String[]> INDUSTRIES = List.of(new String[] {"食品生产", "食品"},
            new String[] {"小餐饮", "餐饮管理"}, new String[] {"食品经营", "餐饮管理"}, new String[] {"药品", "医药连锁"},
            new String[] {"燃气", "燃气"}, new String[] {"人力资源", "人力资源服务"}, new String[] {"劳务", "劳务服务"},
            new String[] {"工时", "实业"}, new String[] {"娱乐", "文化娱乐"}, new String[] {"农药", "农资"},
            new String[] {"危险化学品", "化工"}, new String[] {"烟花", "商贸"}, new String[] {"医疗", "医疗管理"},
            new String[] {"公共场所", "酒店管理"}, new String[] {"动物防疫", "牧业"}, new String[] {"道路货物", "物流"},
            new String[] {"施工", "建筑工程"}, new String[] {"城市道路", "市政工程"}, new String[] {"排水", "实业"},
            new String[] {"取水", "水务"}, new String[] {"水土保持", "建设发展"}, new String[] {"环境影响", "新材料科技"},
            new String[] {"学校", "教育科技"}, new String[] {"注销", "商贸"}, new String[] {"变更", "科技"});
    private static final List<String> ROADS = List.of("通达路", "金雀山路", "银雀山路", "沂蒙路", "解放路", "涑河北街",
            "北京路", "上海路", "兰山路", "临西五路", "蒙山大道", "工业大道", "平安路", "启阳路", "沂河路", "八一路", "新华路",
            "金五路", "水田路", "孝友路");
    private static final List<String> REASONS = List.of("新开门店，申请办理", "经营需要，申请办理", "扩大经营规模，申请办理",
            "原证件即将到期，重新申请", "项目建设需要，申请办理", "调整经营范围，申请办理");
    private static final List<String> ACCEPTANCES = List.of("申请材料齐全、符合法定形式，予以受理。",
            "经核对，申请材料齐全，符合法定形式，予以受理。", "材料齐全，予以受理，已出具受理通知书。");
    private static final List<String> CORRECTION_OPINIONS = List.of("申请材料不齐全，请按补正告知书一次性补正全部内容后重新提交。",
            "申请材料不符合法定形式，现一次性告知需要补正的全部内容。");
    private static final List<String> DEFECTS = List.of("未加盖单位公章", "复印件不清晰，请提供清晰复印件", "缺少法定代表人签字",
            "与原件不一致", "已超过有效期，请提供有效期内的材料", "填写内容不完整");
    private static final List<String> PERSON_DEFECTS = List.of("缺少申请人签字", "复印件不清晰，请提供清晰复印件",
            "与原件不一致", "已超过有效期，请提供有效期内的材料", "填写内容不完整");
    private static final List<String[]> REFUSALS = List.of(
            new String[] {"申请事项依法不需要取得行政许可，不予受理。", "《中华人民共和国行政许可法》第三十二条第一款第（一）项"},
            new String[] {"申请事项不属于本机关职权范围，不予受理，请向有关行政机关申请。", "《中华人民共和国行政许可法》第三十二条第一款第（二）项"},
            new String[] {"申请人不具备申请资格，不予受理。", "《中华人民共和国行政许可法》第三十二条第一款"});
    private static final String[] REFUSAL_AFTER_CORRECTION = {"补正后的申请材料仍不符合法定形式，不予受理。",
            "《中华人民共和国行政许可法》第三十二条第一款第（四）项"};
    private static final List<String> WITHDRAWALS = List.of("申请人书面申请撤回。", "申请人主动撤回申请，材料已退回。");
    private static final List<String> PROPOSALS = List.of("经审查，申请材料齐全、符合法定形式，申请人符合法定条件、标准，拟准予许可。",
            "经审查，符合许可条件，拟准予许可，报请签发。");
    private static final List<String> LEADER_APPROVALS = List.of("同意审查意见，准予许可。", "同意。准予许可，请按规定制证送达。");
    private static final String LEADER_DENIAL = "同意审查意见，不予许可，并告知申请人享有依法申请行政复议或者提起行政诉讼的权利。";
    private static final List<String> DENIALS = List.of("经营场所实际面积与申报不符，不符合许可条件", "现场核查发现主要设施设备不符合要求",
            "主要负责人未取得相应资格证明", "拟设立场所选址不符合相关规划要求");
    private static final String DENIAL_BASIS = "《中华人民共和国行政许可法》第三十八条第二款";
}
