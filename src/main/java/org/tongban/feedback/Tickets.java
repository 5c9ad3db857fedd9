package org.tongban.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.casework.Light;
import org.tongban.casework.WorkingCalendar;
import org.tongban.document.FileStore;
import org.tongban.document.FileStore.StoredFile;
import org.tongban.document.MaterialInspector;
import org.tongban.feedback.TicketDuplicates.Match;
import org.tongban.feedback.TicketDuplicates.Probe;
import org.tongban.identity.AccountRole;
import org.tongban.region.DepartmentView;
import org.tongban.region.HallView;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.AccountKind;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.DataScope;
import org.tongban.shared.InputCheck;
import org.tongban.shared.Masking;
import org.tongban.shared.MobileNumber;
import org.tongban.shared.RegionCode;
import org.tongban.shared.TimeConfiguration;

/**
 * Complaints (我要吐槽 / 办不成事), 12345 hotline tickets and Open311 requests, one lifecycle:
 * <pre>
 * RECEIVED ─dispatch─▶ DISPATCHED ─sign─▶ IN_PROGRESS ─reply─▶ REPLIED ─close─▶ CLOSED ─follow-up─▶ ARCHIVED
 *     ▲                   │ return (every department)   ▲ extend (a supervisor decides)  │ unsatisfied or reopen
 *     └── RETURNED ◀──────┘                             └────────────────────────────────┘ (重办)
 * RECEIVED / RETURNED ─merge─▶ MERGED (into a likely duplicate)
 * </pre>
 * A ticket may go to several departments at once (会办), the first leading; it is replied when every department
 * still on it has replied. Time limits count from receipt by kind in working days (urgent: hours), extended only
 * by a supervisor's approval; the lateness is published once, for supervision. A new ticket is compared with the
 * earlier ones of the same person or place: likely duplicates are offered for merging, and a complaint about a
 * problem complained about before is linked to that problem, which goes to supervision when it repeats.
 */
@Service
public class Tickets {

    static final int TITLE_LENGTH = 100;
    static final int CONTENT_LENGTH = 2000;
    static final int NOTE_LENGTH = 2000;
    static final int MAX_ATTACHMENTS = 5;
    private static final Pattern MARKUP = Pattern.compile("(?i)<\\s*[a-z/!?]|javascript\\s*:|on[a-z]+\\s*=");

    /** Where a ticket came in. */
    public enum Source {
        WEB, HOTLINE, OPEN311
    }

    public enum Status {
        RECEIVED, DISPATCHED, RETURNED, IN_PROGRESS, REPLIED, CLOSED, ARCHIVED, MERGED;

        /** Still waiting for its reply: the time limit runs. */
        public boolean running() {
            return this == RECEIVED || this == DISPATCHED || this == RETURNED || this == IN_PROGRESS;
        }

        public boolean finished() {
            return this == CLOSED || this == ARCHIVED || this == MERGED;
        }
    }

    /** The categories a person picks (and Open311's service codes). {@code kind} is the kind it files as. */
    public enum Category {
        CANNOT_GET_DONE(TicketKind.COMPLAINT), ATTITUDE(TicketKind.COMPLAINT), EFFICIENCY(TicketKind.COMPLAINT),
        ERRANDS(TicketKind.COMPLAINT), ONLINE_SERVICE(TicketKind.COMPLAINT), POLICY(TicketKind.CONSULT),
        UTILITIES(TicketKind.HELP), ENVIRONMENT(TicketKind.REPORT), TRAFFIC(TicketKind.HELP),
        SUGGESTION(TicketKind.SUGGESTION), OTHER(TicketKind.COMPLAINT);

        private final TicketKind kind;

        Category(TicketKind kind) {
            this.kind = kind;
        }

        public TicketKind kind() {
            return kind;
        }

        static Optional<Category> of(String code) {
            return Arrays.stream(values()).filter(c -> code != null && c.name().equalsIgnoreCase(code.strip()))
                    .findFirst();
        }
    }

    /** The actions, by wire name, and the statuses each may be taken in. */
    public enum Action {
        DISPATCH("dispatch", Set.of(Status.RECEIVED, Status.RETURNED)),
        SIGN("sign", Set.of(Status.DISPATCHED, Status.IN_PROGRESS)),
        RETURN("return", Set.of(Status.DISPATCHED, Status.IN_PROGRESS)),
        EXTEND("extend", Set.of(Status.IN_PROGRESS)),
        REPLY("reply", Set.of(Status.IN_PROGRESS)),
        CLOSE("close", Set.of(Status.REPLIED)),
        FOLLOW_UP("follow-up", Set.of(Status.CLOSED)),
        REOPEN("reopen", Set.of(Status.REPLIED, Status.CLOSED, Status.ARCHIVED)),
        MERGE("merge", Set.of(Status.RECEIVED, Status.RETURNED));

        private final String wireName;
        private final Set<Status> from;

        Action(String wireName, Set<Status> from) {
            this.wireName = wireName;
            this.from = from;
        }

        public String wireName() {
            return wireName;
        }

        public boolean allowedIn(Status status) {
            return from.contains(status);
        }

        static Optional<Action> of(String wireName) {
            return Arrays.stream(values()).filter(a -> a.wireName.equals(wireName)).findFirst();
        }
    }

    /**
     * A new ticket. A complaint names a {@code category} (its kind follows) and may name a case, a hall or an
     * address; a hotline agent also gives the {@code kind}, the caller's name and mobile, and whether it is urgent.
     */
    public record NewTicket(String kind, String category, Boolean urgent, String title, String content,
            Boolean anonymous, String name, String mobile, String caseNumber, String hallCode, String address,
            Double latitude, Double longitude, String regionCode) {
    }

    /** A file handed in with a complaint. */
    public record Upload(String name, String contentType, byte[] content) {
    }

    /**
     * One action as a client sends it: dispatch — {@code departments} (credit codes, the first leads);
     * return — {@code note} (the reason); extend — {@code until} and {@code note} from a department, or
     * {@code approve} from a supervisor; reply — {@code note}; follow-up — {@code satisfied} and {@code note};
     * reopen — {@code note}; merge — {@code into}; any — {@code note}.
     */
    public record TicketCommand(String action, List<String> departments, String note, String until, Boolean approve,
            Boolean satisfied, String into, Long expectedVersion) {
    }

    public record Created(String ticketNumber, Instant dueAt, String repeatOf, List<Match> duplicates) {
    }

    public record AssignmentView(String departmentCode, String departmentName, boolean lead, String status,
            Instant dispatchedAt, Instant signedAt, String reply, Instant repliedAt, String returnReason,
            Instant extensionUntil, String extensionReason) {
    }

    public record StepView(String action, String status, String actor, String role, String departmentName, Instant at,
            String note) {
    }

    public record AttachmentView(long id, String name, String contentType, long size) {
    }

    /** A ticket as its requester and staff read it; {@code actions} those the caller may take now. */
    public record TicketView(String ticketNumber, Source source, TicketKind kind, Category category, boolean urgent,
            String title, String content, boolean anonymous, String requesterName, String requesterMobile,
            String caseNumber, String hallCode, String hallName, String address, Double latitude, Double longitude,
            String regionCode, Status status, Instant dueAt, Instant extensionUntil, Light light, String repeatOf,
            String mergedInto, Boolean satisfied, int reopened, Instant createdAt, Instant repliedAt, Instant closedAt,
            Instant updatedAt, List<AssignmentView> assignments, List<StepView> history,
            List<AttachmentView> attachments, List<Match> duplicates, List<String> actions, long version) {
    }

    /** A row of a list. */
    public record TicketRow(String ticketNumber, TicketKind kind, Category category, boolean urgent, String title,
            Status status, Instant createdAt, Instant dueAt, Light light, String repeatOf) {
    }

    private final JdbcClient jdbc;
    private final TicketDuplicates duplicates;
    private final WorkingCalendar calendar;
    private final RegionDirectory regions;
    private final FileStore files;
    private final MaterialInspector inspector;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final MessageSource texts;
    private final FeedbackProperties properties;
    private final Clock clock;

    Tickets(JdbcClient jdbc, TicketDuplicates duplicates, WorkingCalendar calendar, RegionDirectory regions,
            FileStore files, MaterialInspector inspector, ApplicationEventPublisher events, AuditTrail audit,
            MessageSource texts, FeedbackProperties properties, Clock clock) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.duplicates = duplicates;
        this.calendar = calendar;
        this.regions = regions;
        this.files = files;
        this.inspector = inspector;
        this.events = events;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Receives a ticket (受理). A hotline agent's keeps the caller's name and mobile; a signed-in person's is
     * real-name unless they ask for anonymity; an anonymous one keeps no account.
     */
    @Transactional
    public Created create(NewTicket ticket, Source source, Actor actor, List<Upload> uploads) {
        InputCheck check = new InputCheck();
        Category category = Category.of(ticket.category()).orElse(null);
        check.check(category != null, "category", FeedbackError.TICKET_CATEGORY_UNKNOWN);
        TicketKind kind = category == null ? null : category.kind();
        if (ticket.kind() != null && !ticket.kind().isBlank()) {
            kind = Arrays.stream(TicketKind.values()).filter(k -> k.name().equalsIgnoreCase(ticket.kind().strip()))
                    .findFirst().orElse(null);
            check.check(kind != null, "kind", FeedbackError.TICKET_KIND_UNKNOWN);
        }
        String content = plain(check, "content", check.optionalLines("content", ticket.content(), CONTENT_LENGTH));
        if (content == null && !check.hasProblem("content")) {
            check.add("content", CommonError.FIELD_REQUIRED);
        }
        String title = plain(check, "title", check.optional("title", ticket.title(), TITLE_LENGTH));
        if (title == null && content != null) {
            title = content.codePointCount(0, content.length()) <= 30 ? content.replaceAll("\\s+", " ")
                    : content.substring(0, content.offsetByCodePoints(0, 30)).replaceAll("\\s+", " ") + "…";
        }
        boolean hotline = source == Source.HOTLINE;
        boolean anonymous = !hotline && (actor.isAnonymous() || Boolean.TRUE.equals(ticket.anonymous()));
        String name = plain(check, "name", check.optional("name", ticket.name(), 100));
        String mobile = null;
        if (ticket.mobile() != null && !ticket.mobile().isBlank()) {
            mobile = MobileNumber.parse(ticket.mobile()).map(MobileNumber::value).orElse(null);
            check.check(mobile != null, "mobile", FeedbackError.TICKET_MOBILE_INVALID);
        }
        if (hotline && mobile == null && !check.hasProblem("mobile")) {
            check.add("mobile", CommonError.FIELD_REQUIRED);
        }
        String caseNumber = check.optional("caseNumber", ticket.caseNumber(), 48);
        String address = plain(check, "address", check.optional("address", ticket.address(), 200));
        HallView hall = null;
        if (ticket.hallCode() != null && !ticket.hallCode().isBlank()) {
            hall = regions.halls(List.of(ticket.hallCode().strip())).stream().findFirst().orElse(null);
            check.check(hall != null, "hallCode", CommonError.INVALID_INPUT);
        }
        String region = region(ticket.regionCode(), hall, actor, check);
        check.check(ticket.latitude() == null || Math.abs(ticket.latitude()) <= 90, "lat", CommonError.INVALID_INPUT);
        check.check(ticket.longitude() == null || Math.abs(ticket.longitude()) <= 180, "long", CommonError.INVALID_INPUT);
        List<Upload> attachments = uploads == null ? List.of() : uploads.stream().filter(u -> u.content().length > 0).toList();
        check.check(attachments.size() <= MAX_ATTACHMENTS, "attachments", CommonError.INVALID_INPUT);
        check.throwIfAny();
        for (Upload upload : attachments) {
            if (upload.content().length > properties.maxAttachmentBytes()) {
                throw BusinessException.onField("attachments", FeedbackError.TICKET_ATTACHMENT_TOO_LARGE,
                        properties.maxAttachmentBytes() / (1024 * 1024));
            }
            inspector.inspect(upload.name(), upload.contentType(), upload.content(), MaterialInspector.SUPPORTED_TYPES);
        }
        boolean urgent = hotline && Boolean.TRUE.equals(ticket.urgent());
        Instant now = clock.instant();
        String number = nextNumber(now);
        String username = anonymous || hotline || actor.isAnonymous() || actor.kind() == AccountKind.SYSTEM ? null
                : actor.username();
        if (!anonymous && !hotline && username != null && name == null) {
            name = actor.username();
        }
        List<Match> likely = duplicates.find(new Probe(number, title + " " + content, mobile, username, caseNumber,
                hall == null ? null : hall.code(), address));
        boolean complaint = kind == TicketKind.COMPLAINT || kind == TicketKind.REPORT;
        String repeatOf = complaint ? likely.stream()
                .filter(m -> m.kind() == TicketKind.COMPLAINT || m.kind() == TicketKind.REPORT)
                .findFirst().map(Match::problemKey).orElse(null) : null;
        Instant due = due(now, kind, urgent);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into ticket (ticket_number, source, kind, category, urgent, title, content, terms, anonymous,
                    requester_username, requester_name, requester_mobile, case_number, hall_code, address, latitude,
                    longitude, region_code, status, due_at, repeat_of, created_by, created_at, updated_at)
                values (:number, :source, :kind, :category, :urgent, :title, :content, :terms, :anonymous, :username,
                    :name, :mobile, :case, :hall, :address, :lat, :lon, :region, 'RECEIVED', :due, :repeat, :by,
                    :at, :at)
                """)
                .param("number", number).param("source", source.name()).param("kind", kind.name())
                .param("category", category.name()).param("urgent", urgent).param("title", title)
                .param("content", content).param("terms", duplicates.termsOf(title + " " + content))
                .param("anonymous", anonymous).param("username", username).param("name", anonymous ? null : name)
                .param("mobile", anonymous ? null : mobile).param("case", caseNumber)
                .param("hall", hall == null ? null : hall.code()).param("address", address)
                .param("lat", ticket.latitude()).param("lon", ticket.longitude()).param("region", region)
                .param("due", Timestamp.from(due)).param("repeat", repeatOf)
                .param("by", anonymous ? "anonymous" : actor.username()).param("at", Timestamp.from(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        for (Upload upload : attachments) {
            String type = inspector.inspect(upload.name(), upload.contentType(), upload.content(),
                    MaterialInspector.SUPPORTED_TYPES);
            StoredFile stored = files.put(upload.name(), type, upload.content());
            jdbc.sql("insert into ticket_attachment (ticket_id, file_key, name, content_type, size) "
                            + "values (:id, :key, :name, :type, :size)")
                    .param("id", id).param("key", stored.key()).param("name", upload.name()).param("type", type)
                    .param("size", stored.size()).update();
        }
        // An anonymous complaint keeps no trace of its author, not even in its history or the audit log.
        Actor receiver = anonymous ? Actor.ANONYMOUS : actor;
        step(id, "RECEIVE", Status.RECEIVED, receiver, null, null);
        audit.record(receiver, "TICKET_RECEIVED", "ticket", number, "source=" + source + " kind=" + kind);
        if (repeatOf != null) {
            repeated(repeatOf, region, now);
        }
        return new Created(number, due, repeatOf, likely);
    }

    private void repeated(String problemKey, String region, Instant now) {
        List<String> numbers = jdbc.sql("""
                select ticket_number from ticket where ticket_number = :key or repeat_of = :key
                order by created_at, id
                """).param("key", problemKey).query(String.class).list();
        if (numbers.size() >= properties.repeatThreshold()) {
            String department = jdbc.sql("""
                    select a.department_code from ticket_assignment a join ticket t on t.id = a.ticket_id
                    where t.ticket_number = :key order by a.lead desc, a.id desc
                    """).param("key", problemKey).query(String.class).list().stream().findFirst().orElse(null);
            String title = jdbc.sql("select title from ticket where ticket_number = :key").param("key", problemKey)
                    .query(String.class).single();
            events.publishEvent(new ComplaintsRepeated(problemKey, title, region, department, numbers, numbers.size(), now));
        }
    }

    /** Takes one action on a ticket; returns it after. */
    @Transactional
    public TicketView act(String ticketNumber, TicketCommand command, Actor actor) {
        Row t = row(ticketNumber).filter(r -> visible(r, actor))
                .orElseThrow(() -> new BusinessException(FeedbackError.TICKET_NOT_FOUND));
        Action action = Action.of(command.action() == null ? "" : command.action().strip())
                .orElseThrow(() -> BusinessException.onField("action", FeedbackError.TICKET_ACTION_UNKNOWN));
        List<Assignment> assignments = assignments(t.id());
        if (!mayTake(t, assignments, action, actor)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        if (!action.allowedIn(t.status())) {
            throw new BusinessException(FeedbackError.TICKET_ACTION_NOT_ALLOWED, action.wireName(), t.status().name());
        }
        if (command.expectedVersion() != null && command.expectedVersion() != t.version()) {
            throw new BusinessException(CommonError.CONCURRENT_MODIFICATION);
        }
        InputCheck check = new InputCheck();
        String note = plain(check, "note", check.optionalLines("note", command.note(), NOTE_LENGTH));
        Instant now = clock.instant();
        Assignment mine = assignments.stream().filter(a -> a.active() && a.departmentCode().equals(actor.departmentCode()))
                .findFirst().orElse(null);
        Status next = t.status();
        String department = mine == null ? null : mine.departmentCode();
        switch (action) {
            case DISPATCH -> {
                List<DepartmentView> to = departments(command.departments(), t.regionCode(), check);
                check.throwIfAny();
                boolean lead = true;
                for (DepartmentView d : to) {
                    jdbc.sql("""
                            insert into ticket_assignment (ticket_id, department_code, region_code, lead, status,
                                dispatched_at) values (:id, :code, :region, :lead, 'DISPATCHED', :at)
                            """).param("id", t.id()).param("code", d.code()).param("region", d.regionCode())
                            .param("lead", lead).param("at", Timestamp.from(now)).update();
                    lead = false;
                }
                next = Status.DISPATCHED;
                note = note == null ? String.join("、", to.stream().map(DepartmentView::name).toList())
                        : String.join("、", to.stream().map(DepartmentView::name).toList()) + "：" + note;
            }
            case SIGN -> {
                check.throwIfAny();
                requireAssignment(mine, "DISPATCHED", action, t);
                setAssignment(mine, "status = 'SIGNED', signed_at = :at", now);
                next = Status.IN_PROGRESS;
            }
            case RETURN -> {
                requireNote(check, note);
                check.throwIfAny();
                requireAssignment(mine, null, action, t);
                jdbc.sql("update ticket_assignment set status = 'RETURNED', return_reason = :reason where id = :id")
                        .param("reason", note).param("id", mine.id()).update();
                boolean othersActive = assignments.stream().anyMatch(a -> a.active() && a.id() != mine.id());
                next = othersActive ? t.status() : Status.RETURNED;
            }
            case EXTEND -> {
                if (actor.has(AccountRole.SUPERVISOR)) {
                    check.check(command.approve() != null, "approve", CommonError.FIELD_REQUIRED);
                    check.throwIfAny();
                    Assignment asked = assignments.stream().filter(a -> a.extensionUntil() != null).findFirst()
                            .orElseThrow(() -> new BusinessException(FeedbackError.TICKET_ACTION_NOT_ALLOWED,
                                    action.wireName(), t.status().name()));
                    if (command.approve()) {
                        jdbc.sql("update ticket set extension_until = :until, extension_reason = :reason, "
                                        + "overdue_notified = false where id = :id")
                                .param("until", Timestamp.from(asked.extensionUntil()))
                                .param("reason", asked.extensionReason()).param("id", t.id()).update();
                    }
                    jdbc.sql("update ticket_assignment set extension_until = null, extension_reason = null "
                            + "where ticket_id = :id").param("id", t.id()).update();
                    String decision = texts.getMessage(command.approve() ? "ticket.extension.approved"
                            : "ticket.extension.rejected", null, Locale.SIMPLIFIED_CHINESE);
                    note = decision + (note == null ? "" : "：" + note);
                } else {
                    requireAssignment(mine, "SIGNED", action, t);
                    requireNote(check, note);
                    LocalDate until = check.optionalDate("until", command.until(), FeedbackError.TICKET_EXTENSION_INVALID);
                    Instant current = t.extensionUntil() != null ? t.extensionUntil() : t.dueAt();
                    Instant end = until == null ? null : endOfDay(until);
                    check.check(until != null && end.isAfter(current), "until", FeedbackError.TICKET_EXTENSION_INVALID);
                    check.throwIfAny();
                    jdbc.sql("update ticket_assignment set extension_until = :until, extension_reason = :reason "
                                    + "where id = :id")
                            .param("until", Timestamp.from(end)).param("reason", note).param("id", mine.id()).update();
                }
            }
            case REPLY -> {
                requireNote(check, note);
                check.throwIfAny();
                requireAssignment(mine, "SIGNED", action, t);
                setAssignment(mine, "status = 'REPLIED', reply = :reply, replied_at = :at", now, note);
                boolean othersOpen = assignments.stream().anyMatch(a -> a.id() != mine.id()
                        && (a.status().equals("DISPATCHED") || a.status().equals("SIGNED")));
                if (!othersOpen) {
                    next = Status.REPLIED;
                    jdbc.sql("update ticket set replied_at = :at where id = :id").param("at", Timestamp.from(now))
                            .param("id", t.id()).update();
                }
            }
            case CLOSE -> {
                check.throwIfAny();
                next = Status.CLOSED;
                jdbc.sql("update ticket set closed_at = :at where id = :id").param("at", Timestamp.from(now))
                        .param("id", t.id()).update();
            }
            case FOLLOW_UP -> {
                check.check(command.satisfied() != null, "satisfied", CommonError.FIELD_REQUIRED);
                check.throwIfAny();
                jdbc.sql("update ticket set satisfied = :s where id = :id").param("s", command.satisfied())
                        .param("id", t.id()).update();
                if (command.satisfied()) {
                    next = Status.ARCHIVED;
                } else {
                    step(t.id(), Action.FOLLOW_UP.name(), t.status(), actor, null, note);
                    next = reopen(t, now);
                    return finish(t, Action.REOPEN, next, actor, department, note);
                }
            }
            case REOPEN -> {
                requireNote(check, note);
                check.throwIfAny();
                next = reopen(t, now);
            }
            case MERGE -> {
                String into = command.into() == null ? "" : command.into().strip();
                Row target = row(into).filter(r -> !r.ticketNumber().equals(t.ticketNumber()))
                        .filter(r -> r.status() != Status.MERGED).orElse(null);
                check.check(target != null, "into", FeedbackError.TICKET_MERGE_INVALID);
                check.throwIfAny();
                jdbc.sql("update ticket set merged_into = :into where id = :id").param("into", target.ticketNumber())
                        .param("id", t.id()).update();
                next = Status.MERGED;
                note = target.ticketNumber() + (note == null ? "" : "：" + note);
            }
            default -> throw new IllegalStateException(action.name());
        }
        return finish(t, action, next, actor, department, note);
    }

    private TicketView finish(Row t, Action action, Status next, Actor actor, String department, String note) {
        int changed = jdbc.sql("update ticket set status = :status, updated_at = :at, version = version + 1 "
                        + "where id = :id and version = :version")
                .param("status", next.name()).param("at", Timestamp.from(clock.instant())).param("id", t.id())
                .param("version", t.version()).update();
        if (changed == 0) {
            throw new BusinessException(CommonError.CONCURRENT_MODIFICATION);
        }
        step(t.id(), action.name(), next, actor, department, note);
        audit.record(actor, "TICKET_" + action.name(), "ticket", t.ticketNumber(), "status=" + next);
        return view(t.ticketNumber(), actor);
    }

    /** 重办: the departments that replied work on it again; the close and the call-back are undone. */
    private Status reopen(Row t, Instant now) {
        jdbc.sql("update ticket_assignment set status = 'SIGNED', replied_at = null where ticket_id = :id "
                + "and status = 'REPLIED'").param("id", t.id()).update();
        jdbc.sql("update ticket set closed_at = null, replied_at = null, reopened = reopened + 1 where id = :id")
                .param("id", t.id()).update();
        return Status.IN_PROGRESS;
    }

    private void requireAssignment(Assignment mine, String status, Action action, Row t) {
        if (mine == null || (status != null && !mine.status().equals(status))) {
            throw new BusinessException(FeedbackError.TICKET_ACTION_NOT_ALLOWED, action.wireName(), t.status().name());
        }
    }

    private void setAssignment(Assignment a, String set, Instant at, String... reply) {
        JdbcClient.StatementSpec spec = jdbc.sql("update ticket_assignment set " + set + " where id = :id")
                .param("id", a.id()).param("at", Timestamp.from(at));
        if (reply.length > 0) {
            spec = spec.param("reply", reply[0]);
        }
        spec.update();
    }

    private static void requireNote(InputCheck check, String note) {
        if (note == null && !check.hasProblem("note")) {
            check.add("note", CommonError.FIELD_REQUIRED);
        }
    }

    private List<DepartmentView> departments(List<String> codes, String regionCode, InputCheck check) {
        List<DepartmentView> found = new ArrayList<>();
        Set<String> distinct = new LinkedHashSet<>(codes == null ? List.of() : codes);
        if (distinct.isEmpty()) {
            check.add("departments", CommonError.FIELD_REQUIRED);
        }
        for (String code : distinct) {
            Optional<DepartmentView> department = regions.department(code == null ? "" : code.strip())
                    .filter(d -> d.regionCode().startsWith(regionCode) || regionCode.startsWith(d.regionCode()));
            if (department.isEmpty()) {
                check.add("departments", FeedbackError.TICKET_DEPARTMENT_INVALID);
                return List.of();
            }
            found.add(department.get());
        }
        return found;
    }

    /** The hall's region, else the one named, else the agent's own, else the hotline's. */
    private String region(String given, HallView hall, Actor actor, InputCheck check) {
        if (hall != null) {
            return hall.regionCode();
        }
        if (given != null && !given.isBlank()) {
            boolean known = RegionCode.parse(given.strip()).flatMap(regions::region).isPresent();
            check.check(known, "regionCode", FeedbackError.TICKET_REGION_UNKNOWN);
            return given.strip();
        }
        return actor.isStaff() && actor.regionCode() != null ? actor.regionCode() : properties.hotlineRegion();
    }

    /** Plain text only: a ticket's text is shown to staff, so markup or a script is refused outright. */
    private static String plain(InputCheck check, String field, String text) {
        if (text != null && MARKUP.matcher(text).find()) {
            check.add(field, FeedbackError.TICKET_TEXT_MARKUP);
            return null;
        }
        return text;
    }

    /** The time limit from receipt: urgent in hours, otherwise to the end of the N-th working day. */
    Instant due(Instant from, TicketKind kind, boolean urgent) {
        if (urgent) {
            return from.plus(Duration.ofHours(properties.urgentHours()));
        }
        LocalDate today = LocalDate.ofInstant(from, TimeConfiguration.ZONE);
        return endOfDay(calendar.plusWorkingDays(today, properties.limit(kind)));
    }

    private static Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant().minusSeconds(1);
    }

    private String nextNumber(Instant now) {
        long serial = jdbc.sql("select nextval('ticket_serial_seq')").query(Long.class).single();
        return "T" + LocalDate.ofInstant(now, TimeConfiguration.ZONE).toString().replace("-", "")
                + String.format("%06d", serial % 1_000_000);
    }

    /** One ticket, for its requester, the hotline and supervisors of its region, and the departments on it. */
    @Transactional(readOnly = true)
    public TicketView view(String ticketNumber, Actor actor) {
        Row t = row(ticketNumber).filter(r -> visible(r, actor))
                .orElseThrow(() -> new BusinessException(FeedbackError.TICKET_NOT_FOUND));
        List<Assignment> assignments = assignments(t.id());
        boolean staff = actor.isStaff();
        boolean hotline = actor.has(FeedbackRole.HOTLINE_AGENT);
        List<StepView> history = jdbc.sql("""
                select action, status, actor, actor_role, department_code, at, note from ticket_step
                where ticket_id = :id order by at, id
                """).param("id", t.id()).query((rs, n) -> new StepView(rs.getString(1), rs.getString(2),
                        staff ? rs.getString(3) : null, rs.getString(4), departmentName(rs.getString(5)),
                        rs.getTimestamp(6).toInstant(), rs.getString(7))).list();
        List<AttachmentView> attachments = jdbc.sql("select id, name, content_type, size from ticket_attachment "
                        + "where ticket_id = :id order by id").param("id", t.id())
                .query((rs, n) -> new AttachmentView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
        List<String> actions = Arrays.stream(Action.values())
                .filter(a -> a.allowedIn(t.status()) && mayTake(t, assignments, a, actor))
                .map(Action::wireName).toList();
        List<Match> likely = hotline && (t.status() == Status.RECEIVED || t.status() == Status.RETURNED)
                ? duplicates.find(new Probe(t.ticketNumber(), t.title() + " " + t.content(), t.requesterMobile(),
                        t.requesterUsername(), t.caseNumber(), t.hallCode(), t.address()))
                : List.of();
        String hallName = t.hallCode() == null ? null
                : regions.halls(List.of(t.hallCode())).stream().findFirst().map(HallView::name).orElse(t.hallCode());
        return new TicketView(t.ticketNumber(), t.source(), t.kind(), t.category(), t.urgent(), t.title(), t.content(),
                t.anonymous(), t.requesterName() == null ? null : hotline ? t.requesterName() : Masking.name(t.requesterName()),
                t.requesterMobile() == null ? null : hotline ? t.requesterMobile() : Masking.mobile(t.requesterMobile()),
                t.caseNumber(), t.hallCode(), hallName, t.address(), t.latitude(), t.longitude(), t.regionCode(),
                t.status(), t.dueAt(), t.extensionUntil(), light(t), t.repeatOf(), t.mergedInto(), t.satisfied(),
                t.reopened(), t.createdAt(), t.repliedAt(), t.closedAt(), t.updatedAt(),
                assignments.stream().map(a -> new AssignmentView(a.departmentCode(), departmentName(a.departmentCode()),
                        a.lead(), a.status(), a.dispatchedAt(), a.signedAt(), a.reply(), a.repliedAt(), a.returnReason(),
                        a.extensionUntil(), a.extensionReason())).toList(),
                history, attachments, likely, actions, t.version());
    }

    /** An attachment's stored file, for whoever may see its ticket. */
    @Transactional(readOnly = true)
    public StoredAttachment attachment(String ticketNumber, long attachmentId, Actor actor) {
        Row t = row(ticketNumber).filter(r -> visible(r, actor))
                .orElseThrow(() -> new BusinessException(FeedbackError.TICKET_NOT_FOUND));
        return jdbc.sql("select file_key, name, content_type from ticket_attachment where id = :a and ticket_id = :t")
                .param("a", attachmentId).param("t", t.id())
                .query((rs, n) -> new StoredAttachment(rs.getString(1), rs.getString(2), rs.getString(3))).optional()
                .orElseThrow(() -> new BusinessException(CommonError.NOT_FOUND));
    }

    /** Where an attachment's bytes are and what to call them. */
    public record StoredAttachment(String key, String name, String contentType) {
    }

    /**
     * The tickets the caller works on: the hotline and supervisors see their region's, a department the ones
     * dispatched to it (still on it unless {@code all}), people their own; optionally one status.
     */
    @Transactional(readOnly = true)
    public List<TicketRow> list(Actor actor, Status status, int limit) {
        String where;
        JdbcClient.StatementSpec spec;
        DataScope scope = actor.dataScope();
        if (!actor.isStaff()) {
            if (actor.isAnonymous()) {
                return List.of();
            }
            where = "t.requester_username = :who";
            spec = jdbc.sql(LIST.formatted(where)).param("who", actor.username());
        } else if (scope.isNone()) {
            return List.of();
        } else if (scope.departmentCode() == null) {
            where = "t.region_code like :region";
            spec = jdbc.sql(LIST.formatted(where)).param("region", scope.regionPattern());
        } else {
            where = "exists (select 1 from ticket_assignment a where a.ticket_id = t.id "
                    + "and a.department_code = :department)";
            spec = jdbc.sql(LIST.formatted(where)).param("department", scope.departmentCode());
        }
        return spec.param("status", status == null ? "" : status.name()).param("limit", limit)
                .query(Row.class).list().stream().map(r -> new TicketRow(r.ticketNumber(), r.kind(), r.category(),
                        r.urgent(), r.title(), r.status(), r.createdAt(), effectiveDue(r), light(r), r.repeatOf()))
                .toList();
    }

    private static final String LIST = """
            select t.* from ticket t where %s and (:status = '' or t.status = :status)
            order by case when t.status in ('CLOSED', 'ARCHIVED', 'MERGED') then 1 else 0 end,
              coalesce(t.extension_until, t.due_at), t.id
            limit :limit
            """;

    /** Counts of rows by light, for an inbox's header. */
    public static Map<Light, Long> lights(List<TicketRow> rows) {
        Map<Light, Long> counts = new EnumMap<>(Light.class);
        rows.forEach(r -> counts.merge(r.light(), 1L, Long::sum));
        return counts;
    }

    /** Publishes, once per ticket, the tickets whose time limit has just passed without a reply. */
    @Transactional
    public int markOverdue() {
        Instant now = clock.instant();
        List<Row> late = jdbc.sql("""
                select t.* from ticket t where t.overdue_notified = false
                  and t.status in ('RECEIVED', 'DISPATCHED', 'RETURNED', 'IN_PROGRESS')
                  and coalesce(t.extension_until, t.due_at) < :now
                limit 500
                """).param("now", Timestamp.from(now)).query(Row.class).list();
        for (Row t : late) {
            jdbc.sql("update ticket set overdue_notified = true where id = :id").param("id", t.id()).update();
            List<String> departments = assignments(t.id()).stream().filter(Assignment::active)
                    .map(Assignment::departmentCode).toList();
            events.publishEvent(new TicketOverdue(t.ticketNumber(), t.kind().name(), t.title(), t.regionCode(),
                    departments, effectiveDue(t), now));
        }
        return late.size();
    }

    private Light light(Row t) {
        if (!t.status().running()) {
            return t.status() == Status.REPLIED ? Light.GREEN : Light.NONE;
        }
        Instant due = effectiveDue(t);
        Instant now = clock.instant();
        if (now.isAfter(due)) {
            return Light.RED;
        }
        if (t.urgent()) {
            return Light.YELLOW;
        }
        return FeedbackLights.of(LocalDate.ofInstant(due, TimeConfiguration.ZONE),
                LocalDate.ofInstant(now, TimeConfiguration.ZONE), calendar);
    }

    private static Instant effectiveDue(Row t) {
        return t.extensionUntil() != null ? t.extensionUntil() : t.dueAt();
    }

    private boolean visible(Row t, Actor actor) {
        if (actor.isAnonymous()) {
            return false;
        }
        if (!actor.isStaff()) {
            return actor.username().equals(t.requesterUsername());
        }
        DataScope scope = actor.dataScope();
        if (scope.departmentCode() == null) {
            return scope.includes(RegionCode.of(t.regionCode()), null);
        }
        return assignments(t.id()).stream().anyMatch(a -> a.departmentCode().equals(scope.departmentCode()));
    }

    /**
     * The hotline receives, dispatches, closes, calls back, reopens and merges; a department on the ticket signs,
     * returns, asks for more time and replies; a supervisor decides extensions and may reopen; the requester calls
     * back on their own ticket (their satisfaction).
     */
    private static boolean mayTake(Row t, List<Assignment> assignments, Action action, Actor actor) {
        boolean hotline = actor.has(FeedbackRole.HOTLINE_AGENT);
        boolean handler = actor.has(FeedbackRole.FEEDBACK_HANDLER) || actor.has(AccountRole.DEPARTMENT_LEADER);
        Optional<Assignment> mine = assignments.stream()
                .filter(a -> a.active() && a.departmentCode().equals(actor.departmentCode())).findFirst();
        boolean department = handler && mine.isPresent();
        return switch (action) {
            case DISPATCH, CLOSE, MERGE -> hotline;
            case SIGN -> department && mine.get().status().equals("DISPATCHED");
            case RETURN -> department && !mine.get().status().equals("REPLIED");
            case REPLY -> department && mine.get().status().equals("SIGNED");
            case EXTEND -> (department && mine.get().status().equals("SIGNED") && mine.get().extensionUntil() == null)
                    || (actor.has(AccountRole.SUPERVISOR) && assignments.stream().anyMatch(a -> a.extensionUntil() != null));
            case FOLLOW_UP -> hotline || (!actor.isStaff() && actor.username().equals(t.requesterUsername()));
            case REOPEN -> hotline || actor.has(AccountRole.SUPERVISOR);
        };
    }

    private void step(long id, String action, Status status, Actor actor, String department, String note) {
        jdbc.sql("""
                insert into ticket_step (ticket_id, action, status, actor, actor_role, department_code, at, note)
                values (:id, :action, :status, :actor, :role, :department, :at, :note)
                """).param("id", id).param("action", action).param("status", status.name())
                .param("actor", actor.isAnonymous() ? "anonymous" : actor.username()).param("role", actor.primaryRole())
                .param("department", department).param("at", Timestamp.from(clock.instant())).param("note", note)
                .update();
    }

    private String departmentName(String code) {
        return code == null ? null : regions.department(code).map(DepartmentView::name).orElse(code);
    }

    private List<Assignment> assignments(long ticketId) {
        return jdbc.sql("""
                select id, department_code, lead, status, dispatched_at, signed_at, reply, replied_at, return_reason,
                    extension_until, extension_reason
                from ticket_assignment where ticket_id = :id order by id
                """).param("id", ticketId).query(Assignment.class).list();
    }

    Optional<Row> row(String ticketNumber) {
        return jdbc.sql("select * from ticket where ticket_number = :n").param("n", ticketNumber)
                .query(Row.class).optional();
    }

    record Assignment(long id, String departmentCode, boolean lead, String status, Instant dispatchedAt,
            Instant signedAt, String reply, Instant repliedAt, String returnReason, Instant extensionUntil,
            String extensionReason) {

        /** Still on the ticket: not returned. */
        boolean active() {
            return !status.equals("RETURNED");
        }
    }

    record Row(long id, String ticketNumber, Source source, TicketKind kind, Category category, boolean urgent,
            String title, String content, boolean anonymous, String requesterUsername, String requesterName,
            String requesterMobile, String caseNumber, String hallCode, String address, Double latitude,
            Double longitude, String regionCode, Status status, Instant dueAt, Instant extensionUntil,
            String repeatOf, String mergedInto, Boolean satisfied, int reopened, Instant createdAt, Instant updatedAt,
            Instant repliedAt, Instant closedAt, long version) {
    }
}
