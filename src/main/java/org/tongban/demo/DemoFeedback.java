package org.tongban.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.tongban.casework.CaseNumber;
import org.tongban.casework.CaseQueries;
import org.tongban.casework.CaseQueries.RatingSubject;
import org.tongban.casework.CaseStatus;
import org.tongban.casework.CaseworkRole;
import org.tongban.feedback.FeedbackRole;
import org.tongban.feedback.Ratings;
import org.tongban.feedback.Ratings.RatingCommand;
import org.tongban.feedback.Rectifications;
import org.tongban.feedback.Rectifications.StepCommand;
import org.tongban.feedback.ServiceContacts;
import org.tongban.feedback.Tickets;
import org.tongban.feedback.Tickets.NewTicket;
import org.tongban.feedback.Tickets.TicketCommand;
import org.tongban.identity.AccountRole;
import org.tongban.region.DepartmentView;
import org.tongban.region.HallView;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.BusinessException;
import org.tongban.shared.RegionCode;
import org.tongban.shared.Role;
import org.tongban.supervision.SupervisionHistory;
import org.tongban.supervision.SupervisionItems;

/**
 * Demo ratings, tickets and supervision, once the demo cases are made: most finished demo cases rated (a
 * realistic spread, the bad ones in every stage of their rectification, one appeal waiting), window contacts
 * rated at the tablet, 50 complaints and 12345 tickets in every status (会办, 退单, 延期, 重办, a merged duplicate),
 * and supervision items at each escalation level. Everything goes through the modules' services as the staff
 * and applicants would; unrated cases get their default rating from the feedback job. Runs once, right after
 * the demo cases are first made.
 */
@Component
@Profile("demo & !postgres")
class DemoFeedback {

    private static final Logger log = LoggerFactory.getLogger(DemoFeedback.class);
    private static final String REGION = DemoCases.REGION;
    private static final String DEPARTMENT = DemoCases.DEPARTMENT;
    private static final long SEED = 20_261_207L;

    private final Ratings ratings;
    private final Rectifications rectifications;
    private final ServiceContacts contacts;
    private final Tickets tickets;
    private final SupervisionItems supervision;
    private final SupervisionHistory supervisionHistory;
    private final CaseQueries cases;
    private final RegionDirectory regions;
    private final Clock clock;

    DemoFeedback(Ratings ratings, Rectifications rectifications, ServiceContacts contacts, Tickets tickets,
            SupervisionItems supervision, SupervisionHistory supervisionHistory, CaseQueries cases,
            RegionDirectory regions, Clock clock) {
        this.ratings = ratings;
        this.rectifications = rectifications;
        this.contacts = contacts;
        this.tickets = tickets;
        this.supervision = supervision;
        this.supervisionHistory = supervisionHistory;
        this.cases = cases;
        this.regions = regions;
        this.clock = clock;
    }

    private static Actor staff(String username, String department, String region, Set<Role> roles) {
        return new Actor(username, AccountKind.STAFF, roles, region, department);
    }

    private final Actor hotline = staff("demo-hotline", DEPARTMENT, REGION, Set.of(FeedbackRole.HOTLINE_AGENT));
    private final Actor handler = staff("demo-handler", DEPARTMENT, REGION, Set.of(FeedbackRole.FEEDBACK_HANDLER));
    private final Actor supervisor = staff("demo-supervisor", "11370000MB37971748", "370000", Set.of(AccountRole.SUPERVISOR));
    private final Actor clerk = staff("demo-clerk", DEPARTMENT, REGION, Set.of(CaseworkRole.WINDOW_CLERK));

    /** Seeds everything, given the demo cases' numbers; the demo cases call it once, when they are first made. */
    void seed(List<String> caseNumbers) {
        Random random = new Random(SEED);
        int rated = rateCases(caseNumbers, random);
        int contacted = rateContacts(random);
        int filed = fileTickets(random);
        int items = openSupervision();
        log.info("Demo feedback: {} cases rated, {} window contacts rated, {} tickets, {} supervision items", rated,
                contacted, filed, items);
    }

    private int rateCases(List<String> caseNumbers, Random random) {
        int rated = 0;
        int bad = 0;
        for (String number : caseNumbers) {
            RatingSubject subject = cases.ratingSubject(CaseNumber.of(number)).orElse(null);
            if (subject == null || (subject.status() != CaseStatus.COMPLETED && subject.status() != CaseStatus.DELIVERED)) {
                continue;
            }
            ratings.request(CaseNumber.of(number));
            if (random.nextInt(100) >= 80) {
                continue;
            }
            int level = level(random);
            boolean isBad = level <= 2;
            List<String> reasons = isBad ? List.of(BAD_REASONS[random.nextInt(BAD_REASONS.length)]) : List.of();
            String comment = isBad ? BAD_COMMENTS[random.nextInt(BAD_COMMENTS.length)]
                    : random.nextInt(3) == 0 ? GOOD_COMMENTS[random.nextInt(GOOD_COMMENTS.length)] : null;
            try {
                long id;
                if (subject.applicantUsername() != null) {
                    AccountKind kind = "ENTERPRISE".equals(subject.applicantKind()) ? AccountKind.ENTERPRISE : AccountKind.PERSON;
                    String channel = List.of("WEB", "MOBILE", "QR").get(random.nextInt(3));
                    id = ratings.rate(new RatingCommand(number, null, level, reasons, comment, channel, null, null),
                            new Actor(subject.applicantUsername(), kind, Set.of(), null, null));
                } else if ("PERSON".equals(subject.applicantKind())) {
                    id = ratings.rate(new RatingCommand(number, null, level, reasons, comment, "KIOSK", null,
                            subject.applicantNumber()), Actor.ANONYMOUS);
                } else {
                    continue;
                }
                rated++;
                if (isBad) {
                    progress(rectifications.idOfRating(id).orElseThrow(), bad++);
                }
            } catch (BusinessException e) {
                log.warn("Demo rating of {} left out: {}", number, e.code());
            }
        }
        return rated;
    }

    /** A realistic spread: mostly 非常满意 and 满意, a few bad. */
    private static int level(Random random) {
        int roll = random.nextInt(100);
        return roll < 52 ? 5 : roll < 76 ? 4 : roll < 88 ? 3 : roll < 95 ? 2 : 1;
    }

    /** The n-th bad rating's rectification, left at a different stage each. */
    private void progress(long id, int n) {
        switch (n % 6) {
            case 0 -> {
                verify(id, "IMMEDIATE", "已调整叫号规则，增开一个综合窗口");
                rectifications.act(id, new StepCommand("follow-up", null, null, "电话回访，群众表示满意", null, 4, null,
                        null), hotline);
                rectifications.act(id, new StepCommand("close", null, null, null, null, null, null, null), handler);
            }
            case 1 -> verify(id, "DEADLINE", "台账：统一窗口与网上的材料清单，组织窗口人员培训");
            case 2 -> rectifications.act(id, new StepCommand("appeal", null, null,
                    "评价人来电说明误选了“非常不满意”，已留存通话录音", null, null, null, null), handler);
            case 3 -> verify(id, "IMMEDIATE", "已当场向群众说明并补办，窗口负责人约谈经办人员");
            case 4 -> { }
            default -> {
                verify(id, "NO_BASIS", "该事项法定办理时限为 20 个工作日，已当面向群众解释并致歉");
                rectifications.act(id, new StepCommand("follow-up", null, null, "回访：群众理解，基本满意", null, 3,
                        null, null), hotline);
            }
        }
    }

    private void verify(long id, String resolution, String note) {
        rectifications.act(id, new StepCommand("verify", "经调阅办件记录和窗口录像，情况属实", resolution, note, null,
                null, null, null), handler);
    }

    private int rateContacts(Random random) {
        List<HallView> halls = regions.hallsIn(RegionCode.of(REGION)).stream().filter(h -> !h.windows().isEmpty()).toList();
        if (halls.isEmpty()) {
            return 0;
        }
        HallView hall = halls.get(0);
        int rated = 0;
        for (int i = 0; i < 12; i++) {
            String window = hall.windows().get(i % hall.windows().size()).number();
            ServiceContacts.Opened opened = contacts.open(hall.code(), window, CONTACT_TOPICS[i % CONTACT_TOPICS.length],
                    i % 4 == 0 ? "ENTERPRISE" : "PERSON", clerk);
            if (i < 10) {
                int level = i == 7 ? 2 : level(random);
                ratings.rate(new RatingCommand(null, opened.id(), level, level <= 2 ? List.of("SLOW") : List.of(),
                        level <= 2 ? "排队等了一个多小时" : null, "WINDOW", opened.token(), null), Actor.ANONYMOUS);
                rated++;
            }
        }
        return rated;
    }

    /** 50 tickets: which status each ends in, and whether it was returned, extended or reopened on the way. */
    private int fileTickets(Random random) {
        List<DepartmentView> others = regions.departmentsIn(RegionCode.of(REGION)).stream().filter(d -> !d.code().equals(DEPARTMENT))
                .toList();
        String other = others.isEmpty() ? DEPARTMENT : others.get(0).code();
        Actor otherHandler = staff("demo-handler-2", other, REGION, Set.of(FeedbackRole.FEEDBACK_HANDLER));
        String[] plan = {"RECEIVED", "RECEIVED", "RECEIVED", "RECEIVED", "RECEIVED", "RECEIVED", "DISPATCHED",
            "DISPATCHED", "DISPATCHED", "DISPATCHED", "DISPATCHED", "DISPATCHED", "RETURNED", "RETURNED", "RETURNED",
            "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "EXTENDING",
            "EXTENDED", "REPLIED", "REPLIED", "REPLIED", "REPLIED", "REPLIED", "CLOSED", "CLOSED", "CLOSED", "CLOSED",
            "CLOSED", "REOPENED", "REOPENED", "ARCHIVED", "ARCHIVED", "ARCHIVED", "ARCHIVED", "ARCHIVED", "ARCHIVED",
            "ARCHIVED", "ARCHIVED", "ARCHIVED", "ARCHIVED", "ARCHIVED", "UNSATISFIED", "MERGED", "MERGED", "JOINT"};
        int filed = 0;
        String firstOfProblem = null;
        for (int i = 0; i < plan.length; i++) {
            Story story = STORIES[i % STORIES.length];
            boolean citizen = i % 3 == 0;
            String mobile = String.format("139%08d", 10_000_000 + i * 7919 % 89_999_999);
            NewTicket ticket = new NewTicket(citizen ? null : story.kind(), story.category(), i == 9,
                    null, story.text(), false, NAMES[i % NAMES.length], mobile, null, null, story.address(), null, null,
                    REGION);
            Tickets.Created created = citizen
                    ? tickets.create(ticket, Tickets.Source.WEB, new Actor("demo-citizen", AccountKind.PERSON, Set.of(),
                            null, null), List.of())
                    : tickets.create(ticket, Tickets.Source.HOTLINE, hotline, List.of());
            String n = created.ticketNumber();
            filed++;
            String state = plan[i];
            if (state.equals("RECEIVED")) {
                continue;
            }
            if (state.equals("MERGED")) {
                if (firstOfProblem == null) {
                    firstOfProblem = n;
                } else {
                    act(n, "merge", null, null, firstOfProblem, hotline);
                }
                continue;
            }
            act(n, "dispatch", state.equals("JOINT") ? List.of(DEPARTMENT, other) : List.of(
                    state.equals("RETURNED") ? other : DEPARTMENT), "请按时限办理", null, hotline);
            if (state.equals("DISPATCHED") || state.equals("JOINT")) {
                continue;
            }
            if (state.equals("RETURNED")) {
                act(n, "return", null, "该诉求不属于本部门职责，建议转住建部门", null, otherHandler);
                continue;
            }
            act(n, "sign", null, null, null, handler);
            if (state.equals("EXTENDING") || state.equals("EXTENDED")) {
                tickets.act(n, new TicketCommand("extend", null, "需现场核查并协调供水企业",
                        LocalDate.now(clock).plusDays(45).toString(), null, null, null, null), handler);
                if (state.equals("EXTENDED")) {
                    tickets.act(n, new TicketCommand("extend", null, "同意延期", null, true, null, null, null), supervisor);
                }
                continue;
            }
            if (state.equals("IN_PROGRESS")) {
                continue;
            }
            act(n, "reply", null, story.reply(), null, handler);
            if (state.equals("REPLIED")) {
                continue;
            }
            act(n, "close", null, null, null, hotline);
            if (state.equals("CLOSED")) {
                continue;
            }
            boolean satisfied = !state.equals("REOPENED") && !state.equals("UNSATISFIED");
            tickets.act(n, new TicketCommand("follow-up", null, satisfied ? "回访：诉求人对办理结果满意"
                    : "回访：诉求人表示问题没有解决", null, null, satisfied, null, null), hotline);
            if (state.equals("UNSATISFIED")) {
                act(n, "reply", null, "重办：已再次上门核实并解决", null, handler);
            }
        }
        return filed;
    }

    private void act(String ticket, String action, List<String> departments, String note, String into, Actor actor) {
        tickets.act(ticket, new TicketCommand(action, departments, note, null, null, null, into, null), actor);
    }

    /** One item at each level: on time, 提醒, 黄牌 and 红牌 (reported to the city), opened and escalated. */
    private int openSupervision() {
        LocalDate today = LocalDate.now(clock);
        String[][] items = {
            {"政务服务中心不动产窗口排队时间过长", "一周内调整窗口设置，高峰期排队不超过 30 分钟", "0"},
            {"企业开办“一网通办”材料重复提交", "梳理材料清单，实现一次提交、部门共享", "2"},
            {"差评整改未按期完成", "完成整改并回访评价人，报送整改台账", "4"},
            {"12345 工单超期未答复", "立即答复诉求人，说明超期原因并提出改进措施", "7"},
        };
        int opened = 0;
        for (String[] spec : items) {
            int lateBy = Integer.parseInt(spec[2]);
            LocalDate deadline = lateBy == 0 ? today.plusDays(10) : supervisionHistory.workingDaysBefore(today, lateBy);
            SupervisionItems.ItemView item = supervision.open(new SupervisionItems.OpenForm(spec[0], spec[1], DEPARTMENT,
                    "demo-leader", today.plusDays(10).toString()), supervisor);
            if (lateBy > 0) {
                supervisionHistory.backdate(item.itemNumber(), supervisionHistory.workingDaysBefore(deadline, 5), deadline);
            }
            opened++;
        }
        supervisionHistory.escalate();
        return opened;
    }

    private record Story(String kind, String category, String text, String address, String reply) {
    }

    private static final Story[] STORIES = {
        new Story("COMPLAINT", "EFFICIENCY", "在兰山区政务服务中心办理不动产登记，排队两个多小时，叫号系统多次故障。",
                "兰山区政务服务中心", "已增开两个不动产综合窗口并检修叫号系统，高峰期实行预约分时办理。"),
        new Story("CONSULT", "POLICY", "想咨询灵活就业人员参加职工养老保险需要什么条件、到哪里办理。", null,
                "已电话告知参保条件，可通过“爱山东”或兰山区社保大厅办理，无需提交纸质材料。"),
        new Story("HELP", "UTILITIES", "金雀山街道某小区连续两天停水，物业说不清原因，老人用水困难。",
                "金雀山街道金雀山路 8 号", "经协调供水企业，管道抢修已完成，供水恢复，并为老人送水上门。"),
        new Story("COMPLAINT", "ATTITUDE", "窗口工作人员态度生硬，问了两遍就不耐烦，也不说明缺什么材料。",
                "兰山区政务服务中心二楼", "已核实并约谈该窗口人员，向诉求人致歉，并一次性告知所需材料。"),
        new Story("SUGGESTION", "SUGGESTION", "建议政务服务中心周末开放半天，上班族工作日请假办事很不方便。", null,
                "已采纳建议，自下月起每周六上午开放综合窗口。"),
        new Story("REPORT", "ENVIRONMENT", "沂河路附近一家餐馆夜间油烟和噪声扰民，多次反映没有改善。", "沂河路 126 号",
                "执法人员已现场检查，责令安装油烟净化设备并限期整改，将跟踪复查。"),
        new Story("COMPLAINT", "CANNOT_GET_DONE", "给孩子办理入学登记，网上系统一直提示材料不全，窗口又说只能网上办。", null,
                "已打通网上系统与窗口的材料核验，诉求人已在窗口现场完成登记。"),
        new Story("HELP", "TRAFFIC", "兰山路与通达路路口红绿灯损坏两天，早高峰非常危险。", "兰山路与通达路路口",
                "交警部门已修复信号灯，并在修复前安排警力现场指挥。"),
    };

    private static final String[] NAMES = {"刘先生", "王女士", "陈女士", "张先生", "李女士", "赵先生", "孙女士", "周先生"};
    private static final String[] BAD_REASONS = {"SLOW", "ERRANDS", "MATERIALS", "ATTITUDE", "GUIDE", "SYSTEM"};
    private static final String[] BAD_COMMENTS = {"前后跑了三趟才办成", "窗口说的材料和网上不一样", "等了很久也没人解释",
        "网上提交了还要来窗口交纸质材料"};
    private static final String[] GOOD_COMMENTS = {"窗口很耐心，一次就办好了", "网上办很方便，不用跑腿", "工作人员主动帮忙填表"};
    private static final String[] CONTACT_TOPICS = {"社保缴费咨询", "营业执照领取", "居住证办理", "公积金提取咨询"};
}
