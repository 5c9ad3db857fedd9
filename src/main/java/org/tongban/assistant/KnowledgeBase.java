package org.tongban.assistant;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemCode;
import org.tongban.identity.AccountRole;
import org.tongban.notification.InAppMessages;
import org.tongban.region.RegionDirectory;
import org.tongban.search.SearchIndex;
import org.tongban.search.SearchSource;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.InputCheck;
import org.tongban.shared.Problems;
import org.tongban.shared.RegionCode;

/**
 * 知识库: the answers the assistant gives and search finds. An entry is a question with its other phrasings,
 * a rich-text answer (only safe HTML is kept), the items it belongs to, where it applies, the department that
 * owns it, tags and the dates it is valid. It is written as a draft, reviewed by another editor, published
 * (then searchable) and expires at its end date or when withdrawn (动态管理); its owner is reminded a month
 * before it expires. Editors work within their region.
 */
@Service
public class KnowledgeBase {

    /** The tags and attributes an answer may keep: text structure, and links to our pages or to https. */
    private static final Safelist ANSWER_HTML = new Safelist().addTags("p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "a")
            .addAttributes("a", "href").addProtocols("a", "href", "https").addEnforcedAttribute("a", "rel", "noopener")
            .preserveRelativeLinks(true);

    /** An answer as it is kept: only the allowed tags, relative links (to our own pages) and https links. */
    static String safeHtml(String html) {
        return Jsoup.clean(html, "https://tongban.invalid/", ANSWER_HTML);
    }
    static final int REMIND_DAYS = 30;
    private static final int MAX_ANSWER = 20_000;
    private static final int MAX_TAG = 20;

    private final JdbcClient jdbc;
    private final Catalog catalog;
    private final RegionDirectory regions;
    private final SearchIndex index;
    private final InAppMessages messages;
    private final AuditTrail audit;
    private final Clock clock;

    private final Responsible responsible;
    private final MessageSource texts;

    KnowledgeBase(JdbcClient jdbc, Catalog catalog, RegionDirectory regions, SearchIndex index, InAppMessages messages,
            AuditTrail audit, Clock clock, Responsible responsible, MessageSource texts) {
        this.texts = texts;
        this.responsible = responsible;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.regions = regions;
        this.index = index;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where an entry is in its life. */
    public enum Status {
        DRAFT, REVIEW, PUBLISHED, EXPIRED
    }

    /** An entry as it is written: what an editor sends. */
    public record Draft(String question, List<String> variants, String answerHtml, List<String> basicCodes,
            String regionCode, String departmentName, List<String> tags, LocalDate validFrom, LocalDate validTo) {

        /**
         * A draft from text as a page or a spreadsheet gives it: variants one per line, codes and tags separated
         * by commas (or 、 or blanks), dates as {@code 2027-01-31}; a date that is not one is reported on its field.
         */
        public static Draft fromText(String question, String variants, String answerHtml, String basicCodes,
                String regionCode, String departmentName, String tags, String validFrom, String validTo) {
            var check = new InputCheck();
            LocalDate from = date(check, "validFrom", validFrom);
            LocalDate to = date(check, "validTo", validTo);
            check.throwIfAny();
            return new Draft(question, split(variants, "\\R"), answerHtml, split(basicCodes, "[,，、\\s]+"), regionCode,
                    departmentName, split(tags, "[,，、\\s]+"), from, to);
        }

        private static List<String> split(String text, String separators) {
            return text == null ? List.of()
                    : Arrays.stream(text.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        private static LocalDate date(InputCheck check, String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String value = text.strip();
            try {
                return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException e) {
                check.add(field, KnowledgeError.KNOWLEDGE_DATE_INVALID);
                return null;
            }
        }
    }

    /** An entry. */
    public record Entry(String key, String question, List<String> variants, String answerHtml, String answerText,
            List<String> basicCodes, String regionCode, String regionName, String departmentCode, String departmentName,
            List<String> tags, LocalDate validFrom, LocalDate validTo, Status status, String owner, String reviewNote,
            int helpful, int unhelpful) {

        /** Valid on the day (its dates include it). */
        public boolean validOn(LocalDate day) {
            return !day.isBefore(validFrom) && !day.isAfter(validTo);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Reading
    // ---------------------------------------------------------------------------------------------------

    /** A published entry in force, for everyone. */
    @Transactional(readOnly = true)
    public Optional<Entry> published(String key) {
        return find(key).filter(e -> e.status() == Status.PUBLISHED && e.validOn(LocalDate.now(clock)));
    }

    @Transactional(readOnly = true)
    public Optional<Entry> find(String key) {
        return jdbc.sql(SELECT + " where entry_key = ?").param(key == null ? "" : key).query(this::entry).optional();
    }

    /** Entries for editors: in their scope, of a status (null: any), newest first. */
    @Transactional(readOnly = true)
    public List<Entry> list(Actor actor, Status status, int limit) {
        requireEditor(actor);
        String pattern = actor.dataScope().regionPattern();
        return jdbc.sql(SELECT + " where region_code like :pattern and (:status = '' or status = :status) "
                        + "order by updated_at desc, id desc")
                .param("pattern", pattern == null ? "%" : pattern)
                .param("status", status == null ? "" : status.name()).withMaxRows(Math.min(Math.max(limit, 1), 500))
                .query(this::entry).list();
    }

    /** Every published entry in force: what search indexes. */
    @Transactional(readOnly = true)
    public List<Entry> inForce() {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(SELECT + " where status = 'PUBLISHED' and valid_from <= ? and valid_to >= ? order by id")
                .params(Date.valueOf(today), Date.valueOf(today)).query(this::entry).list();
    }

    @Transactional(readOnly = true)
    public long countInForce() {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("select count(*) from knowledge_entry where status = 'PUBLISHED' and valid_from <= ? and valid_to >= ?")
                .params(Date.valueOf(today), Date.valueOf(today)).query(Long.class).single();
    }

    // ---------------------------------------------------------------------------------------------------
    // Writing and the lifecycle
    // ---------------------------------------------------------------------------------------------------

    /** A new draft; every problem of it is reported at once and nothing is stored then. */
    @Transactional
    public Entry create(Draft draft, Actor actor) {
        requireEditor(actor);
        Checked c = check(draft, actor);
        String key = "kb-" + UUID.randomUUID().toString().substring(0, 8);
        insert(key, c, Status.DRAFT, actor.username());
        audit.record(actor, "KNOWLEDGE_CREATED", "knowledge", key, null);
        return find(key).orElseThrow();
    }

    /** Changes a draft (a published entry is withdrawn to a draft first). */
    @Transactional
    public Entry update(String key, Draft draft, Actor actor) {
        Entry entry = editable(key, actor);
        if (entry.status() != Status.DRAFT) {
            throw new BusinessException(KnowledgeError.KNOWLEDGE_NOT_DRAFT);
        }
        Checked c = check(draft, actor);
        jdbc.sql("update knowledge_entry set question = ?, variants = ?, answer_html = ?, answer_text = ?, basic_codes = ?, "
                        + "region_code = ?, department_code = ?, department_name = ?, tags = ?, valid_from = ?, valid_to = ?, "
                        + "reminded_on = null, updated_at = ? where entry_key = ?")
                .params(c.question(), String.join("\n", c.variants()), c.html(), c.text(), String.join(",", c.basicCodes()),
                        c.regionCode(), c.departmentCode(), c.departmentName(), String.join(",", c.tags()),
                        Date.valueOf(c.validFrom()), Date.valueOf(c.validTo()), Timestamp.from(clock.instant()), key)
                .update();
        audit.record(actor, "KNOWLEDGE_UPDATED", "knowledge", key, null);
        return find(key).orElseThrow();
    }

    /** Sends a draft for review. */
    @Transactional
    public Entry submit(String key, Actor actor) {
        return move(key, actor, Status.DRAFT, Status.REVIEW, null, "KNOWLEDGE_SUBMITTED");
    }

    /** 审核通过: another editor publishes it; it becomes searchable and the assistant may give it. */
    @Transactional
    public Entry publish(String key, Actor actor) {
        Entry entry = editable(key, actor);
        if (entry.status() != Status.REVIEW) {
            throw new BusinessException(KnowledgeError.KNOWLEDGE_STATUS_CONFLICT, label(entry.status()), label(Status.PUBLISHED));
        }
        if (entry.owner().equals(actor.username()) && !actor.has(AccountRole.SYSTEM_ADMIN)) {
            throw new BusinessException(KnowledgeError.KNOWLEDGE_OWN_REVIEW);
        }
        Entry published = move(key, actor, Status.REVIEW, Status.PUBLISHED, null, "KNOWLEDGE_PUBLISHED");
        reindex(published);
        return published;
    }

    /** 审核退回: back to its author as a draft, with the reason. */
    @Transactional
    public Entry reject(String key, String note, Actor actor) {
        var check = new InputCheck();
        String reason = check.required("note", note, 500);
        check.throwIfAny();
        return move(key, actor, Status.REVIEW, Status.DRAFT, reason, "KNOWLEDGE_REJECTED");
    }

    /** A step of the lifecycle by its name ({@code submit}, {@code publish}, {@code reject}, {@code withdraw}, {@code expire}). */
    @Transactional
    public Entry step(String key, String step, String note, Actor actor) {
        return switch (step == null ? "" : step) {
            case "submit" -> submit(key, actor);
            case "publish" -> publish(key, actor);
            case "reject" -> reject(key, note, actor);
            case "withdraw" -> withdraw(key, actor);
            case "expire" -> expire(key, actor);
            default -> throw new BusinessException(CommonError.NOT_FOUND);
        };
    }

    /** Takes a published entry back to a draft to change it; it leaves search until published again. */
    @Transactional
    public Entry withdraw(String key, Actor actor) {
        Entry entry = move(key, actor, Status.PUBLISHED, Status.DRAFT, null, "KNOWLEDGE_WITHDRAWN");
        index.remove(SearchSource.Type.FAQ, key);
        return entry;
    }

    /** Ends a published entry now. */
    @Transactional
    public Entry expire(String key, Actor actor) {
        Entry entry = move(key, actor, Status.PUBLISHED, Status.EXPIRED, null, "KNOWLEDGE_EXPIRED");
        index.remove(SearchSource.Type.FAQ, key);
        return entry;
    }

    /** 有用 / 没用 from a person who read it. */
    @Transactional
    public void feedback(String key, boolean helpful) {
        jdbc.sql("update knowledge_entry set " + (helpful ? "helpful = helpful + 1" : "unhelpful = unhelpful + 1")
                + " where entry_key = ?").param(key).update();
    }

    /** Entries past their end date expire (and leave search); owners of those ending within a month are told once. */
    @Transactional
    public void expireAndRemind() {
        LocalDate today = LocalDate.now(clock);
        List<String> due = jdbc.sql("select entry_key from knowledge_entry where status = 'PUBLISHED' and valid_to < ?")
                .param(Date.valueOf(today)).query(String.class).list();
        for (String key : due) {
            jdbc.sql("update knowledge_entry set status = 'EXPIRED', updated_at = ? where entry_key = ?")
                    .params(Timestamp.from(clock.instant()), key).update();
            index.remove(SearchSource.Type.FAQ, key);
        }
        List<Entry> ending = jdbc.sql(SELECT + " where status = 'PUBLISHED' and valid_to <= ? and reminded_on is null")
                .param(Date.valueOf(today.plusDays(REMIND_DAYS))).query(this::entry).list();
        for (Entry entry : ending) {
            String title = text("knowledge.reminder.title", entry.question());
            String body = text("knowledge.reminder.body", entry.validTo());
            String link = "/workspace/knowledge/" + entry.key();
            if ("seed".equals(entry.owner())) {
                var department = entry.departmentCode() != null ? regions.department(entry.departmentCode())
                        .orElseGet(() -> responsible.of(null, entry.regionCode())) : responsible.of(null, entry.regionCode());
                messages.toRole(department.regionCode(), department.code(), AssistantRole.KNOWLEDGE_EDITOR, title, body, link);
            } else {
                messages.toAccount(entry.owner(), title, body, link);
            }
            jdbc.sql("update knowledge_entry set reminded_on = ? where entry_key = ?").params(Date.valueOf(today), entry.key())
                    .update();
        }
    }

    // ---------------------------------------------------------------------------------------------------

    /** A status as people read it (草稿, 待审核…), for a conflict's message and the Excel export. */
    public String label(Status status) {
        return text("knowledge.status." + status.name());
    }

    private String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments, Problems.LOCALE);
    }

    private static final String SELECT = "select entry_key, question, variants, answer_html, answer_text, basic_codes, "
            + "region_code, department_code, department_name, tags, valid_from, valid_to, status, owner, review_note, "
            + "helpful, unhelpful from knowledge_entry";

    private Entry entry(ResultSet rs, int n) throws SQLException {
        String region = rs.getString(7);
        return new Entry(rs.getString(1), rs.getString(2), lines(rs.getString(3), "\n"), rs.getString(4), rs.getString(5),
                lines(rs.getString(6), ","), region,
                RegionCode.parse(region).flatMap(regions::region).map(r -> r.fullName()).orElse(region),
                rs.getString(8), rs.getString(9), lines(rs.getString(10), ","), rs.getDate(11).toLocalDate(),
                rs.getDate(12).toLocalDate(), Status.valueOf(rs.getString(13)), rs.getString(14), rs.getString(15),
                rs.getInt(16), rs.getInt(17));
    }

    private static List<String> lines(String text, String separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private Entry move(String key, Actor actor, Status from, Status to, String note, String event) {
        Entry entry = editable(key, actor);
        if (entry.status() != from) {
            throw new BusinessException(KnowledgeError.KNOWLEDGE_STATUS_CONFLICT, label(entry.status()), label(to));
        }
        int updated = jdbc.sql("update knowledge_entry set status = ?, review_note = ?, reviewed_by = ?, updated_at = ? "
                        + "where entry_key = ? and status = ?")
                .params(to.name(), note, to == Status.PUBLISHED ? actor.username() : null, Timestamp.from(clock.instant()), key,
                        from.name()).update();
        if (updated == 0) {
            throw new BusinessException(KnowledgeError.KNOWLEDGE_STATUS_CONFLICT, label(entry.status()), label(to));
        }
        audit.record(actor, event, "knowledge", key, note == null ? null : "note=" + note);
        return find(key).orElseThrow();
    }

    private Entry editable(String key, Actor actor) {
        requireEditor(actor);
        Entry entry = find(key).orElseThrow(() -> new BusinessException(KnowledgeError.KNOWLEDGE_NOT_FOUND));
        if (!actor.has(AccountRole.SYSTEM_ADMIN)) {
            String pattern = actor.dataScope().regionPattern();
            if (pattern != null && !entry.regionCode().startsWith(pattern.replace("%", ""))) {
                throw new BusinessException(CommonError.FORBIDDEN);
            }
        }
        return entry;
    }

    /** Editors of the knowledge base (and system administrators) only. */
    public static void requireEditor(Actor actor) {
        if (!actor.has(AssistantRole.KNOWLEDGE_EDITOR) && !actor.has(AccountRole.SYSTEM_ADMIN)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
    }

    /** A draft after its checks: the answer as safe HTML and as text, the department resolved. */
    record Checked(String question, List<String> variants, String html, String text, List<String> basicCodes,
            String regionCode, String departmentCode, String departmentName, List<String> tags, LocalDate validFrom,
            LocalDate validTo) {
    }

    Checked check(Draft draft, Actor actor) {
        var check = new InputCheck();
        if (draft == null) {
            check.required("question", null, 200);
            check.throwIfAny();
        }
        String question = check.required("question", draft.question(), 200);
        List<String> variants = new ArrayList<>();
        List<String> given = draft.variants() == null ? List.of() : draft.variants();
        check.check(given.size() <= 20, "variants", KnowledgeError.KNOWLEDGE_TOO_MANY, 20);
        for (int i = 0; i < given.size() && i < 20; i++) {
            String v = check.optional("variants[" + i + "]", given.get(i), 200);
            if (v != null && !variants.contains(v) && !v.equals(question)) {
                variants.add(v);
            }
        }
        String html = null;
        String text = null;
        if (draft.answerHtml() == null || draft.answerHtml().isBlank()) {
            check.add("answerHtml", CommonError.FIELD_REQUIRED);
        } else if (draft.answerHtml().length() > MAX_ANSWER) {
            check.add("answerHtml", CommonError.FIELD_TOO_LONG, MAX_ANSWER);
        } else {
            html = safeHtml(draft.answerHtml());
            text = Jsoup.parse(html).text().strip();
            check.check(!text.isEmpty(), "answerHtml", KnowledgeError.KNOWLEDGE_ANSWER_EMPTY);
        }
        List<String> codes = new ArrayList<>();
        List<String> basic = draft.basicCodes() == null ? List.of() : draft.basicCodes();
        check.check(basic.size() <= 20, "basicCodes", KnowledgeError.KNOWLEDGE_TOO_MANY, 20);
        for (int i = 0; i < basic.size() && i < 20; i++) {
            String code = basic.get(i) == null ? "" : basic.get(i).strip();
            if (ItemCode.parse(code).flatMap(catalog::basicEntryName).isEmpty()) {
                check.add("basicCodes[" + i + "]", KnowledgeError.KNOWLEDGE_ITEM_UNKNOWN, code);
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        String region = draft.regionCode() == null || draft.regionCode().isBlank() ? actor.regionCode() : draft.regionCode().strip();
        if (RegionCode.parse(region).flatMap(regions::region).isEmpty()) {
            check.add("regionCode", KnowledgeError.KNOWLEDGE_REGION_UNKNOWN);
        } else if (!actor.has(AccountRole.SYSTEM_ADMIN) && actor.regionCode() != null && !region.startsWith(actor.regionCode())) {
            check.add("regionCode", KnowledgeError.KNOWLEDGE_REGION_OUT_OF_SCOPE);
        }
        String departmentName = draft.departmentName() == null ? "" : draft.departmentName().strip();
        String departmentCode = null;
        if (!departmentName.isEmpty()) {
            var department = regions.departmentNamed(departmentName);
            if (department.isEmpty()) {
                check.add("departmentName", KnowledgeError.KNOWLEDGE_DEPARTMENT_UNKNOWN, departmentName);
            } else {
                departmentCode = department.get().code();
            }
        }
        List<String> tags = new ArrayList<>();
        List<String> givenTags = draft.tags() == null ? List.of() : draft.tags();
        for (int i = 0; i < givenTags.size(); i++) {
            String tag = givenTags.get(i) == null ? "" : givenTags.get(i).strip();
            if (tag.length() > MAX_TAG || tag.chars().anyMatch(c -> Character.isISOControl(c) || c == ',')) {
                check.add("tags[" + i + "]", KnowledgeError.KNOWLEDGE_TAG_INVALID, MAX_TAG);
            } else if (!tag.isEmpty() && !tags.contains(tag)) {
                tags.add(tag);
            }
        }
        check.check(tags.size() <= 8, "tags", KnowledgeError.KNOWLEDGE_TOO_MANY, 8);
        LocalDate from = draft.validFrom() == null ? LocalDate.now(clock) : draft.validFrom();
        LocalDate to = draft.validTo() == null ? from.plusYears(1) : draft.validTo();
        check.check(!to.isBefore(from), "validTo", KnowledgeError.KNOWLEDGE_DATES_INVALID);
        check.throwIfAny();
        return new Checked(question, variants, html, text, codes, region, departmentCode, departmentName, tags, from, to);
    }

    void insert(String key, Checked c, Status status, String owner) {
        jdbc.sql("insert into knowledge_entry (entry_key, question, variants, answer_html, answer_text, basic_codes, "
                        + "region_code, department_code, department_name, tags, valid_from, valid_to, status, owner, "
                        + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(key, c.question(), String.join("\n", c.variants()), c.html(), c.text(),
                        String.join(",", c.basicCodes()), c.regionCode(), c.departmentCode(), c.departmentName(),
                        String.join(",", c.tags()), Date.valueOf(c.validFrom()), Date.valueOf(c.validTo()), status.name(),
                        owner, Timestamp.from(clock.instant()), Timestamp.from(clock.instant()))
                .update();
    }

    private void reindex(Entry entry) {
        if (entry.validOn(LocalDate.now(clock))) {
            index.put(KnowledgeDocuments.of(entry));
        }
    }
}
