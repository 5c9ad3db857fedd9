package org.tongban.feedback;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.casework.CaseNumber;
import org.tongban.casework.CaseQueries;
import org.tongban.casework.CaseQueries.RatingSubject;
import org.tongban.casework.CaseStatus;
import org.tongban.notification.SmsGateway;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.IdNumber;
import org.tongban.shared.InputCheck;
import org.tongban.shared.MobileNumber;
import org.tongban.shared.PublicLinks;

/**
 * 好差评: a finished case (一事一评) or an in-person service contact (一次一评) is rated once, on five levels; a
 * bad rating needs a reason and opens its rectification. Who may rate: the applicant signed in (web, phone, the
 * QR on the case's documents), the holder of the one-use SMS link sent at completion, the applicant at a kiosk
 * whose ID card matches the case, and the person at a window through the contact's one-use token. Unrated
 * subjects get the configured default after the configured period ({@link RatingDefaults}), never active.
 */
@Service
public class Ratings {

    static final int COMMENT_LENGTH = 500;

    private final JdbcClient jdbc;
    private final CaseQueries cases;
    private final Rectifications rectifications;
    private final RegionDirectory regions;
    private final SmsGateway sms;
    private final MessageSource texts;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final FeedbackProperties properties;
    private final PublicLinks links;
    private final Clock clock;

    Ratings(JdbcClient jdbc, CaseQueries cases, Rectifications rectifications, RegionDirectory regions, SmsGateway sms,
            MessageSource texts, ApplicationEventPublisher events, AuditTrail audit, FeedbackProperties properties,
            PublicLinks links, Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.rectifications = rectifications;
        this.regions = regions;
        this.sms = sms;
        this.texts = texts;
        this.events = events;
        this.audit = audit;
        this.properties = properties;
        this.links = links;
        this.clock = clock;
    }

    /** Why a rating is bad: the list a 差评 picks from (or a comment instead). */
    public enum Reason {
        ATTITUDE, SLOW, ERRANDS, MATERIALS, GUIDE, SYSTEM, RULES, OTHER
    }

    /** Where a rating came from. {@code DEFAULT} is the rating nobody gave. */
    public enum RatingChannel {
        WEB, MOBILE, WINDOW, KIOSK, SMS, QR, DEFAULT
    }

    /**
     * A rating as a client sends it: a {@code caseNumber} or a {@code serviceContactId}, a level 1–5, reasons
     * (required for a bad level unless there is a comment), a comment and the channel. {@code token} is the
     * one-use secret of an SMS link or a window contact; {@code idNumber} the ID card read at a kiosk.
     */
    public record RatingCommand(String caseNumber, Long serviceContactId, Integer level, List<String> reasons,
            String comment, String channel, String token, String idNumber) {
    }

    /** A rating as its rater and staff read it. */
    public record RatingView(long id, String subject, String itemName, String departmentName, String hallCode,
            String windowNumber, int level, List<String> reasons, String comment, String channel, boolean active,
            boolean excluded, String excludedReason, Instant ratedAt, Long rectificationId,
            String rectificationStatus) {
    }

    /** What a rating page shows before the rating: the subject's item and department, and whether it is open. */
    public record Ratable(String subject, String itemName, String departmentName, boolean rated) {
    }

    /** Records a finished case as waiting for its rating and texts the applicant a one-use link. */
    @Transactional
    public void request(CaseNumber caseNumber) {
        RatingSubject subject = cases.ratingSubject(caseNumber).orElse(null);
        if (subject == null || subject.completedAt() == null) {
            return;
        }
        boolean known = jdbc.sql("select count(*) from rating_request where case_number = :n")
                .param("n", subject.caseNumber()).query(Long.class).single() > 0;
        if (known) {
            return;
        }
        String token = Tokens.newToken();
        Instant completed = subject.completedAt();
        jdbc.sql("""
                insert into rating_request (case_number, listing_code, item_name, region_code, department_code,
                    staff_username, case_channel, applicant_kind, applicant_username, token_hash, completed_at,
                    default_due_at)
                values (:n, :listing, :item, :region, :department, :staff, :channel, :kind, :username, :hash,
                    :completed, :due)
                """)
                .param("n", subject.caseNumber()).param("listing", subject.listingCode())
                .param("item", subject.itemName()).param("region", subject.regionCode())
                .param("department", subject.departmentCode()).param("staff", subject.acceptedBy())
                .param("channel", subject.channel().name()).param("kind", subject.applicantKind())
                .param("username", subject.applicantUsername()).param("hash", Tokens.hash(token))
                .param("completed", Timestamp.from(completed))
                .param("due", Timestamp.from(completed.plus(properties.defaultAfter())))
                .update();
        MobileNumber.parse(subject.applicantMobile()).ifPresent(mobile -> sms.send(mobile, "RATING",
                text("rating.sms", subject.itemName(), links.absolute("/r/" + token),
                        properties.defaultAfter().toDays())));
    }

    /** Rates a case or a service contact; returns the rating's id. A second rating of the same subject is 409. */
    @Transactional
    public long rate(RatingCommand command, Actor actor) {
        InputCheck check = new InputCheck();
        RatingLevel level = command.level() == null ? null : RatingLevel.of(command.level()).orElse(null);
        check.check(level != null, "level", FeedbackError.RATING_LEVEL_INVALID);
        RatingChannel channel = parseChannel(command.channel());
        check.check(channel != null, "channel", FeedbackError.RATING_CHANNEL_INVALID);
        String comment = check.optionalLines("comment", command.comment(), COMMENT_LENGTH);
        Set<Reason> reasons = reasons(command.reasons(), check);
        if (level != null && level.bad() && reasons.isEmpty() && comment == null && !check.hasProblem("comment")) {
            check.add("reasons", FeedbackError.RATING_REASON_REQUIRED);
        }
        boolean caseSubject = command.caseNumber() != null && !command.caseNumber().isBlank();
        if (caseSubject == (command.serviceContactId() != null)) {
            check.add("caseNumber", FeedbackError.RATING_SUBJECT_REQUIRED);
        }
        check.throwIfAny();
        String reasonCodes = String.join(",", reasons.stream().map(Enum::name).toList());
        long id;
        if (caseSubject) {
            CaseNumber number = CaseNumber.parse(command.caseNumber().strip())
                    .orElseThrow(() -> new BusinessException(FeedbackError.RATING_SUBJECT_NOT_FOUND));
            id = rateCase(number, level, reasonCodes, comment, channel, command,
                    actor);
        } else {
            id = rateContact(command.serviceContactId(), level, reasonCodes, comment, command.token());
        }
        audit.record(actor, "RATING_GIVEN", "rating", String.valueOf(id), "level=" + level.value() + " channel="
                + channel);
        return id;
    }

    private long rateCase(CaseNumber number, RatingLevel level, String reasons, String comment, RatingChannel channel,
            RatingCommand command, Actor actor) {
        Request request = request(number.value()).orElseThrow(() -> notYetOrUnknown(number));
        String rater = switch (channel) {
            case SMS -> {
                boolean valid = command.token() != null && !request.tokenUsed()
                        && Tokens.matches(command.token(), request.tokenHash());
                if (!valid) {
                    throw new BusinessException(FeedbackError.RATING_LINK_INVALID);
                }
                yield request.applicantUsername();
            }
            case KIOSK -> {
                RatingSubject subject = cases.ratingSubject(number).orElseThrow();
                boolean same = IdNumber.parse(command.idNumber())
                        .map(id -> id.value().equals(subject.applicantNumber())).orElse(false);
                if (!same) {
                    throw new BusinessException(FeedbackError.RATING_KIOSK_MISMATCH);
                }
                yield request.applicantUsername();
            }
            case WEB, MOBILE, QR -> {
                if (actor.isAnonymous() || !actor.username().equals(request.applicantUsername())) {
                    throw new BusinessException(FeedbackError.RATING_SUBJECT_NOT_FOUND);
                }
                yield actor.username();
            }
            case WINDOW, DEFAULT -> throw BusinessException.onField("channel", FeedbackError.RATING_CHANNEL_INVALID);
        };
        if (request.rated()) {
            throw new BusinessException(FeedbackError.RATING_ALREADY_GIVEN);
        }
        int claimed = jdbc.sql("update rating_request set rated = true, token_used = token_used or :sms "
                        + "where case_number = :n and rated = false")
                .param("sms", channel == RatingChannel.SMS).param("n", number.value()).update();
        if (claimed == 0) {
            throw new BusinessException(FeedbackError.RATING_ALREADY_GIVEN);
        }
        return insert(new NewRating(number.value(), null, request.listingCode(), request.itemName(),
                request.regionCode(), request.departmentCode(), request.staffUsername(), null, null, channel,
                request.applicantKind(), rater, level.value(), reasons, comment, true));
    }

    private long rateContact(long contactId, RatingLevel level, String reasons, String comment, String token) {
        Contact contact = contact(contactId).orElseThrow(() -> new BusinessException(FeedbackError.RATING_SUBJECT_NOT_FOUND));
        if (token == null || !Tokens.matches(token, contact.tokenHash())) {
            throw new BusinessException(FeedbackError.RATING_LINK_INVALID);
        }
        int claimed = jdbc.sql("update service_contact set rated = true where id = :id and rated = false")
                .param("id", contactId).update();
        if (claimed == 0) {
            throw new BusinessException(FeedbackError.RATING_ALREADY_GIVEN);
        }
        return insert(new NewRating(null, contactId, null, contact.topic(), contact.regionCode(),
                contact.departmentCode(), contact.staffUsername(), contact.hallCode(), contact.windowNumber(),
                RatingChannel.WINDOW, contact.applicantKind(), null, level.value(), reasons, comment, true));
    }

    /** A rating to store; {@code active} false for a default one. */
    record NewRating(String caseNumber, Long contactId, String listingCode, String itemName, String regionCode,
            String departmentCode, String staffUsername, String hallCode, String windowNumber, RatingChannel channel,
            String applicantKind, String rater, int level, String reasons, String comment, boolean active) {
    }

    /** Stores a rating, opens the rectification of a bad one and publishes what happened. */
    long insert(NewRating r) {
        Instant now = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into rating (case_number, service_contact_id, listing_code, item_name, region_code,
                    department_code, staff_username, hall_code, window_number, channel, applicant_kind,
                    rater_username, level, reasons, comment, active, rated_at)
                values (:case, :contact, :listing, :item, :region, :department, :staff, :hall, :window, :channel,
                    :kind, :rater, :level, :reasons, :comment, :active, :at)
                """)
                .param("case", r.caseNumber()).param("contact", r.contactId()).param("listing", r.listingCode())
                .param("item", r.itemName()).param("region", r.regionCode()).param("department", r.departmentCode())
                .param("staff", r.staffUsername()).param("hall", r.hallCode()).param("window", r.windowNumber())
                .param("channel", r.channel().name()).param("kind", r.applicantKind()).param("rater", r.rater())
                .param("level", r.level()).param("reasons", r.reasons()).param("comment", r.comment())
                .param("active", r.active()).param("at", Timestamp.from(now))
                .update(key, "id");
        long id = key.getKey().longValue();
        String subject = r.caseNumber() != null ? r.caseNumber() : "contact:" + r.contactId();
        RatingGiven given = new RatingGiven(id, subject, r.listingCode(), r.itemName(), r.regionCode(),
                r.departmentCode(), r.hallCode(), r.level(), r.active(), r.channel().name(), now);
        events.publishEvent(given);
        if (given.bad()) {
            rectifications.open(id, r.regionCode(), r.departmentCode());
            clustered(given, now);
        }
        return id;
    }

    /** Publishes a cluster when the item's or the hall's bad ratings in the window reach the threshold. */
    private void clustered(RatingGiven given, Instant now) {
        Instant since = now.minus(properties.clusterWindow());
        if (given.listingCode() != null) {
            cluster("ITEM:" + given.listingCode(), "listing_code", given.listingCode(), given.itemName(), given, since, now);
        }
        if (given.hallCode() != null) {
            String name = regions.halls(List.of(given.hallCode())).stream().findFirst().map(h -> h.name())
                    .orElse(given.hallCode());
            cluster("HALL:" + given.hallCode(), "hall_code", given.hallCode(), name, given, since, now);
        }
    }

    private void cluster(String ref, String column, String code, String name, RatingGiven given, Instant since,
            Instant now) {
        int count = jdbc.sql("select count(*) from rating where " + column + " = :code and level <= 2 "
                        + "and not excluded and rated_at >= :since")
                .param("code", code).param("since", Timestamp.from(since)).query(Integer.class).single();
        if (count >= properties.clusterSize()) {
            events.publishEvent(new BadRatingsClustered(ref, name, given.regionCode(), given.departmentCode(), count,
                    since, now));
        }
    }

    /** The case or contact to rate, for a rating page; empty when there is nothing the caller may rate. */
    @Transactional(readOnly = true)
    public Optional<Ratable> ratableCase(String caseNumber) {
        return CaseNumber.parse(caseNumber).flatMap(n -> request(n.value()))
                .map(r -> new Ratable(r.caseNumber(), r.itemName(), departmentName(r.departmentCode()), r.rated()));
    }

    /** The case behind an SMS link, if the link is genuine and unused. */
    @Transactional(readOnly = true)
    public Optional<Ratable> ratableByLink(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select case_number from rating_request where token_hash = :hash and token_used = false")
                .param("hash", Tokens.hash(token)).query(String.class).optional().flatMap(this::ratableCase);
    }

    @Transactional(readOnly = true)
    public Optional<Ratable> ratableContact(long contactId, String token) {
        return contact(contactId).filter(c -> token != null && Tokens.matches(token, c.tokenHash()))
                .map(c -> new Ratable("contact:" + c.id(), c.topic(), departmentName(c.departmentCode()), c.rated()));
    }

    /** The caller's own ratings, newest first. */
    @Transactional(readOnly = true)
    public List<RatingView> mine(Actor actor, int limit) {
        return views("r.rater_username = :who", actor.username(), limit);
    }

    private List<RatingView> views(String where, String value, int limit) {
        return jdbc.sql("""
                select r.id, coalesce(r.case_number, concat('contact:', cast(r.service_contact_id as varchar(20)))),
                    r.item_name, r.department_code, r.hall_code, r.window_number, r.level, r.reasons, r.comment,
                    r.channel, r.active, r.excluded, r.excluded_reason, r.rated_at, x.id, x.status
                from rating r left join rectification x on x.rating_id = r.id
                where %s order by r.rated_at desc, r.id desc limit :limit
                """.formatted(where)).param("who", value).param("limit", limit)
                .query((rs, n) -> new RatingView(rs.getLong(1),
                        rs.getString(2), rs.getString(3), departmentName(rs.getString(4)), rs.getString(5),
                        rs.getString(6), rs.getInt(7), split(rs.getString(8)), rs.getString(9), rs.getString(10),
                        rs.getBoolean(11), rs.getBoolean(12), rs.getString(13), rs.getTimestamp(14).toInstant(),
                        (Long) rs.getObject(15, Long.class), rs.getString(16)))
                .list();
    }

    String departmentName(String code) {
        return regions.department(code).map(d -> d.name()).orElse(code);
    }

    private BusinessException notYetOrUnknown(CaseNumber number) {
        Optional<RatingSubject> subject = cases.ratingSubject(number);
        boolean running = subject.map(s -> s.status() != CaseStatus.REFUSED && s.status() != CaseStatus.WITHDRAWN)
                .orElse(false);
        return new BusinessException(running ? FeedbackError.RATING_NOT_YET : FeedbackError.RATING_SUBJECT_NOT_FOUND);
    }

    private static Set<Reason> reasons(List<String> given, InputCheck check) {
        Set<Reason> reasons = new LinkedHashSet<>();
        for (String code : given == null ? List.<String>of() : given) {
            Optional<Reason> reason = Arrays.stream(Reason.values())
                    .filter(r -> code != null && r.name().equalsIgnoreCase(code.strip())).findFirst();
            if (reason.isEmpty()) {
                check.add("reasons", FeedbackError.RATING_REASON_UNKNOWN);
                return Set.of();
            }
            reasons.add(reason.get());
        }
        return reasons;
    }

    private static RatingChannel parseChannel(String value) {
        if (value == null || value.isBlank()) {
            return RatingChannel.WEB;
        }
        return Arrays.stream(RatingChannel.values()).filter(c -> c.name().equalsIgnoreCase(value.strip()))
                .filter(c -> c != RatingChannel.DEFAULT).findFirst().orElse(null);
    }

    static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : List.of(codes.split(","));
    }

    private String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments, Locale.SIMPLIFIED_CHINESE);
    }

    private Optional<Request> request(String caseNumber) {
        return jdbc.sql("""
                select case_number, listing_code, item_name, region_code, department_code, staff_username,
                    applicant_kind, applicant_username, token_hash, token_used, rated
                from rating_request where case_number = :n
                """).param("n", caseNumber).query(Request.class).optional();
    }

    private Optional<Contact> contact(long id) {
        return jdbc.sql("""
                select id, token_hash, topic, hall_code, window_number, staff_username, region_code, department_code,
                    applicant_kind, rated
                from service_contact where id = :id
                """).param("id", id).query(Contact.class).optional();
    }

    record Request(String caseNumber, String listingCode, String itemName, String regionCode, String departmentCode,
            String staffUsername, String applicantKind, String applicantUsername, String tokenHash, boolean tokenUsed,
            boolean rated) {
    }

    record Contact(long id, String tokenHash, String topic, String hallCode, String windowNumber, String staffUsername,
            String regionCode, String departmentCode, String applicantKind, boolean rated) {
    }
}
