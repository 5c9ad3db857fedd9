package org.tongban.assistant;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemCode;
import org.tongban.catalog.ItemDetail;
import org.tongban.region.RegionDirectory;
import org.tongban.region.RegionView;
import org.tongban.search.Searches;
import org.tongban.shared.Actor;
import org.tongban.shared.BusinessException;
import org.tongban.shared.Masking;
import org.tongban.shared.Problems;
import org.tongban.shared.RegionCode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * 智能客服: answers a person's message from the knowledge base and the guides — only from them, and always
 * with the entries and guides it answered from (citations). A conversation keeps its region and the item being
 * discussed, so "在兰山区呢？" or a bare region name continues the last question there. When an answer depends
 * on the region and the region is not known, it asks for it. When it finds nothing it says so, offers what the
 * person may have meant and a hand-off to a person (转人工).
 */
@Service
public class Assistant {

    public static final int MAX_MESSAGE = 500;
    static final String PROVINCE = "370000";
    private static final double MIN_SCORE = 0.45;
    private static final List<String> HANDOFF_WORDS = List.of("转人工", "人工客服", "找人工", "人工服务", "真人");
    private static final List<String> GREETINGS = List.of("你好", "您好", "在吗", "hello", "hi");

    private final Searches searches;
    private final KnowledgeBase knowledge;
    private final Catalog catalog;
    private final RegionDirectory regions;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;
    private volatile Map<String, String> regionNames;
    private final ObjectProvider<AnswerPhrasing> phrasing;
    private final MessageSource texts;

    Assistant(Searches searches, KnowledgeBase knowledge, Catalog catalog, RegionDirectory regions, JdbcClient jdbc,
            Clock clock, JsonMapper json, ObjectProvider<AnswerPhrasing> phrasing,
            MessageSource texts) {
        this.texts = texts;
        this.phrasing = phrasing;
        this.searches = searches;
        this.knowledge = knowledge;
        this.catalog = catalog;
        this.regions = regions;
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
    }

    /** Where an answer comes from. */
    public record Citation(String title, String url) {
    }

    /** A region a person may pick when the answer depends on it. */
    public record RegionOption(String code, String name) {
    }

    /**
     * The assistant's reply. {@code kind}: {@code ANSWER}, {@code ASK_REGION}, {@code NOT_FOUND}, {@code GREETING}
     * or {@code HANDED_OFF}; {@code answerHtml}: the answer as safe HTML (the entry's, or composed from a guide,
     * escaped); {@code answer}: the same as plain text.
     */
    public record Reply(String conversationId, long messageId, String kind, String answer, String answerHtml,
            List<Citation> citations, List<String> suggestions, List<RegionOption> regions, String region) {
    }

    /** A message of a conversation, as its owner sees it again. */
    public record Message(long id, String role, String text, List<Citation> citations, List<String> suggestions,
            String feedback, Instant at) {
    }

    /** A conversation: its region and item, and its messages. */
    public record Conversation(String id, String owner, String region, String itemCode, List<Message> messages) {
    }

    // ---------------------------------------------------------------------------------------------------

    @Transactional
    public Reply ask(String conversationId, String text, String region, Actor actor) {
        String cleaned = Searches.clean(text);
        if (cleaned.isEmpty()) {
            throw BusinessException.onField("text", KnowledgeError.MESSAGE_EMPTY);
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_MESSAGE) {
            throw BusinessException.onField("text", KnowledgeError.MESSAGE_TOO_LONG, MAX_MESSAGE);
        }
        Convo convo = conversationId == null || conversationId.isBlank() ? start(actor) : open(conversationId, actor);
        String said = regionIn(cleaned).orElse(null);
        String given = region != null && RegionCode.parse(region.strip()).flatMap(regions::region).isPresent()
                ? region.strip() : null;
        String knownRegion = given != null ? given : said != null ? said : convo.region();
        // A bare region name (or "在兰山区呢") continues the last question there.
        String question = cleaned;
        if (said != null && stripRegion(cleaned).length() <= 3) {
            String lastQuestion = lastUserText(convo.id());
            if (lastQuestion != null) {
                question = lastQuestion;
            }
        }
        saveMessage(convo.id(), "USER", Masking.inText(cleaned), List.of(), List.of());
        Reply reply;
        if (HANDOFF_WORDS.stream().anyMatch(cleaned::contains)) {
            reply = reply(convo.id(), "HANDOFF_OFFER", text("assistant.reply.handoff"), null, List.of(),
                    List.of(text("assistant.handoff")), List.of(), knownRegion);
        } else if (GREETINGS.stream().anyMatch(g -> cleaned.equalsIgnoreCase(g))) {
            reply = reply(convo.id(), "GREETING", text("assistant.reply.greeting"), null, List.of(),
                    searches.hot(knownRegion, 5), List.of(), knownRegion);
        } else {
            reply = answer(convo, question, knownRegion);
        }
        jdbc.sql("update conversation set region_code = ?, item_code = coalesce(?, item_code), updated_at = ? where id = ?")
                .params(reply.region(), itemOf(reply), Timestamp.from(clock.instant()), convo.id()).update();
        return reply;
    }

    private Reply answer(Convo convo, String question, String region) {
        var results = searches.search(new Searches.Query(question, region, null, null, null, null, 6));
        List<Searches.Hit> hits = results.results();
        Optional<Searches.Hit> faq = hits.stream().filter(h -> "faq".equals(h.type()) && confident(h)).findFirst();
        Optional<Searches.Hit> item = hits.stream().filter(h -> "item".equals(h.type()) && confident(h)).findFirst();
        List<String> followUps = new ArrayList<>();
        hits.stream().filter(h -> "faq".equals(h.type()) && faq.map(f -> !f.id().equals(h.id())).orElse(true))
                .limit(3).forEach(h -> followUps.add(h.title()));
        // The item the question is about differs by region, and the region is not known: ask first.
        boolean itemFirst = item.isPresent() && (faq.isEmpty() || item.get().score() > faq.get().score() + 0.1);
        if (region == null && item.isPresent() && !item.get().regions().isEmpty()
                && (faq.isEmpty() || !Searches.isProvince(faq.get().regionCode()) || itemFirst)) {
            List<RegionOption> options = item.get().regions().stream()
                    .map(r -> new RegionOption(r.code(), r.name())).distinct().limit(20).toList();
            // The regions are offered as replies too: saying one continues the question there.
            return reply(convo.id(), "ASK_REGION", text("assistant.reply.askRegion", item.get().title()), null, List.of(new Citation(item.get().title(), item.get().url())),
                    options.stream().map(RegionOption::name).toList(), options, null);
        }
        if (faq.isPresent() && !itemFirst) {
            var entry = knowledge.published(faq.get().id()).orElse(null);
            if (entry != null) {
                List<Citation> citations = new ArrayList<>();
                citations.add(new Citation(entry.question(), "/knowledge/" + entry.key()));
                var guide = guideFor(entry.basicCodes(), region);
                guide.ifPresent(g -> citations.add(new Citation(g.name(), "/guide/" + g.code())));
                List<AnswerPhrasing.Passage> passages = new ArrayList<>();
                passages.add(new AnswerPhrasing.Passage(1, entry.question(), entry.answerText()));
                guide.ifPresent(g -> passages.add(new AnswerPhrasing.Passage(2, g.name(), fromGuide(g))));
                Optional<String> phrased = phrase(question, passages);
                if (phrased.isPresent()) {
                    return reply(convo.id(), "ANSWER", phrased.get(), null, citations, followUps, List.of(), region);
                }
                return reply(convo.id(), "ANSWER", entry.answerText(), entry.answerHtml(), citations, followUps, List.of(),
                        region);
            }
        }
        if (item.isPresent()) {
            ItemDetail detail = catalog.published(item.get().id()).orElse(null);
            if (detail != null) {
                String text = fromGuide(detail);
                return reply(convo.id(), "ANSWER", text, paragraphs(text),
                        List.of(new Citation(detail.name() + "（" + detail.region().name() + "）", "/guide/" + detail.code())),
                        followUps, List.of(), region);
            }
        }
        List<String> alternatives = new ArrayList<>(results.alternatives());
        hits.stream().limit(3).forEach(h -> alternatives.add(0, h.title()));
        // The reply repeats the question, and is kept: personal numbers in it are masked like the question's.
        return reply(convo.id(), "NOT_FOUND", text("assistant.reply.notFound", Masking.inText(question)), null, List.of(), alternatives.stream().distinct().limit(5).toList(), List.of(), region);
    }

    /**
     * Sure enough to answer from: a good score, and matched by more than a few shared characters. The
     * assistant would rather say it found nothing than answer a question that was not asked.
     */
    private static boolean confident(Searches.Hit hit) {
        return hit.score() >= MIN_SCORE && !hit.matchedBy().equals(List.of("text"));
    }

    /** The answer phrased by the configured model from the passages, when there is one and it cites them all. */
    private Optional<String> phrase(String question, List<AnswerPhrasing.Passage> passages) {
        AnswerPhrasing model = phrasing.getIfAvailable();
        return model == null ? Optional.empty() : model.phrase(question, passages);
    }

    /** What a guide says, as a short answer: who does it, how long it takes, visits, and the materials. */
    private String fromGuide(ItemDetail d) {
        String time = "IMMEDIATE".equals(d.processingKind()) ? text("assistant.guide.immediate")
                : d.promisedLimit() == null ? "" : text("assistant.guide.promised", d.promisedLimit().value(),
                        text("assistant.unit." + ("W".equals(d.promisedLimit().unit()) ? "W" : "N")));
        StringBuilder answer = new StringBuilder(text("assistant.guide.by", d.name(), d.department().name(), time));
        answer.append(d.requiredVisits() <= 1 ? text("assistant.guide.visits" + d.requiredVisits())
                : text("assistant.guide.visits", d.requiredVisits()));
        List<String> required = d.materials().stream().filter(ItemDetail.MaterialView::required)
                .map(ItemDetail.MaterialView::name).toList();
        if (!required.isEmpty()) {
            answer.append('\n').append(text("assistant.guide.materials", String.join("、", required)));
        }
        if (d.acceptanceConditions() != null && !d.acceptanceConditions().isBlank()) {
            String c = d.acceptanceConditions().strip();
            answer.append('\n').append(text("assistant.guide.conditions", c.length() > 120 ? c.substring(0, 120) + "…" : c));
        }
        return answer.toString();
    }

    /** A text of the message bundle (the assistant's replies are kept with the conversation). */
    private String text(String key, Object... arguments) {
        return texts.getMessage(key, arguments, Problems.LOCALE);
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String line : text.split("\n")) {
            html.append("<p>").append(HtmlUtils.htmlEscape(line)).append("</p>");
        }
        return html.toString();
    }

    /** The guide of one of the entry's items in the region (or the province), if there is one. */
    private Optional<ItemDetail> guideFor(List<String> basicCodes, String region) {
        RegionCode where = RegionCode.parse(region).orElse(null);
        return basicCodes.stream().map(ItemCode::parse).flatMap(Optional::stream)
                .map(basic -> catalog.listingFor(basic, where)).flatMap(Optional::stream).findFirst();
    }

    private Reply reply(String conversationId, String kind, String text, String html, List<Citation> citations,
            List<String> suggestions, List<RegionOption> options, String region) {
        String safe = html != null ? html : paragraphs(text);
        long id = saveMessage(conversationId, "ASSISTANT", text, citations, suggestions);
        return new Reply(conversationId, id, kind, text, safe, citations, suggestions, options, region);
    }

    private static String itemOf(Reply reply) {
        return reply.citations().stream().map(Citation::url).filter(u -> u.startsWith("/guide/"))
                .map(u -> u.substring("/guide/".length())).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------------------------------------------
    // Feedback and conversations
    // ---------------------------------------------------------------------------------------------------

    /** 有用 / 没用 on one of the assistant's answers; it counts for the knowledge entry it gave. */
    @Transactional
    public void feedback(String conversationId, long messageId, boolean helpful, Actor actor) {
        Convo convo = open(conversationId, actor);
        var row = jdbc.sql("select entry_key from conversation_message where id = ? and conversation_id = ? and role = 'ASSISTANT'")
                .params(messageId, convo.id()).query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional()
                .orElseThrow(() -> new BusinessException(KnowledgeError.CONVERSATION_NOT_FOUND));
        jdbc.sql("update conversation_message set feedback = ? where id = ?").params(helpful ? "UP" : "DOWN", messageId).update();
        row.filter(key -> key.startsWith("kb-")).ifPresent(key -> knowledge.feedback(key, helpful));
    }

    @Transactional(readOnly = true)
    public Conversation conversation(String id, Actor actor) {
        Convo convo = open(id, actor);
        List<Message> messages = jdbc.sql("select id, role, text, citations, suggestions, feedback, created_at "
                        + "from conversation_message where conversation_id = ? order by id")
                .param(convo.id())
                .query((rs, n) -> new Message(rs.getLong(1), rs.getString(2), rs.getString(3),
                        json.readValue(rs.getString(4), new TypeReference<List<Citation>>() {
                        }), json.readValue(rs.getString(5), new TypeReference<List<String>>() {
                        }), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
        return new Conversation(convo.id(), convo.owner(), convo.region(), convo.itemCode(), messages);
    }

    /** What the assistant could not answer, and answers people found unhelpful: where the knowledge base is short. */
    @Transactional(readOnly = true)
    public List<Gap> gaps(int limit) {
        return jdbc.sql("""
                        select q.text, count(*) as times, max(a.created_at) as last, max(a.feedback) as feedback
                        from conversation_message a
                        join conversation_message q on q.conversation_id = a.conversation_id
                             and q.id = (select max(p.id) from conversation_message p
                                         where p.conversation_id = a.conversation_id and p.id < a.id and p.role = 'USER')
                        where a.role = 'ASSISTANT' and (a.feedback = 'DOWN' or a.text like '抱歉，暂时没有找到%')
                        group by q.text order by times desc, last desc""")
                .withMaxRows(Math.min(Math.max(limit, 1), 200))
                .query((rs, n) -> new Gap(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        "DOWN".equals(rs.getString(4)) ? "LOW_RATED" : "UNANSWERED"))
                .list();
    }

    /** A question the knowledge base lacks: how often, when last, and why ({@code UNANSWERED}, {@code LOW_RATED}). */
    public record Gap(String question, int times, Instant last, String reason) {
    }

    record Convo(String id, String owner, String region, String itemCode) {
    }

    private Convo start(Actor actor) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into conversation (id, owner, region_code, item_code, created_at, updated_at) values (?, ?, null, null, ?, ?)")
                .params(id, actor.isAnonymous() ? null : actor.username(), Timestamp.from(clock.instant()),
                        Timestamp.from(clock.instant())).update();
        return new Convo(id, actor.isAnonymous() ? null : actor.username(), null, null);
    }

    /** The conversation, if it is the actor's (an anonymous one belongs to whoever holds its id). */
    Convo open(String id, Actor actor) {
        String key = id == null ? "" : id.strip();
        Convo convo = jdbc.sql("select id, owner, region_code, item_code from conversation where id = ?").param(key)
                .query((rs, n) -> new Convo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).optional()
                .orElseThrow(() -> new BusinessException(KnowledgeError.CONVERSATION_NOT_FOUND));
        if (convo.owner() != null && !convo.owner().equals(actor.username())) {
            throw new BusinessException(KnowledgeError.CONVERSATION_NOT_FOUND);
        }
        if (convo.owner() == null && !actor.isAnonymous()) {
            jdbc.sql("update conversation set owner = ? where id = ?").params(actor.username(), convo.id()).update();
            return new Convo(convo.id(), actor.username(), convo.region(), convo.itemCode());
        }
        return convo;
    }

    private long saveMessage(String conversationId, String role, String text, List<Citation> citations,
            List<String> suggestions) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into conversation_message (conversation_id, role, text, citations, suggestions, entry_key, created_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(conversationId, role, text, json.writeValueAsString(citations), json.writeValueAsString(suggestions),
                        entryKeyOf(citations), Timestamp.from(clock.instant()))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** The knowledge entry an answer gave, if it gave one (its feedback counts for the entry). */
    private static String entryKeyOf(List<Citation> citations) {
        return citations.stream().map(Citation::url).filter(u -> u.startsWith("/knowledge/"))
                .map(u -> u.substring("/knowledge/".length())).findFirst().orElse(null);
    }

    private String lastUserText(String conversationId) {
        return jdbc.sql("select text from conversation_message where conversation_id = ? and role = 'USER' order by id desc")
                .param(conversationId).withMaxRows(1).query(String.class).optional().orElse(null);
    }

    /** A region named in the text (兰山区, 兰山, 临沂市…), the most specific one (a county before its city). */
    Optional<String> regionIn(String text) {
        String best = null;
        for (var e : regionNames().entrySet()) {
            if (text.contains(e.getKey()) && (best == null || depth(e.getValue()) > depth(best))) {
                best = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** How deep a GB/T 2260 code goes: 37 (province) < 3713 (city) < 371302 (county)… */
    private static int depth(String code) {
        return code.replaceAll("(00)+$", "").length();
    }

    /** The text without the regions it names (longest names first) and without filler words. */
    private String stripRegion(String text) {
        String rest = text;
        List<String> names = new ArrayList<>(regionNames().keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : names) {
            rest = rest.replace(name, "");
        }
        return rest.replaceAll("[在的呢吗呀啊办理？?。.！!，, ]", "");
    }

    private Map<String, String> regionNames() {
        if (regionNames == null) {
            Map<String, String> names = new LinkedHashMap<>();
            Set<String> ambiguous = new LinkedHashSet<>();
            regions.region(RegionCode.of(PROVINCE)).ifPresent(province -> add(names, ambiguous, province));
            for (RegionView city : regions.children(RegionCode.of(PROVINCE))) {
                add(names, ambiguous, city);
                for (RegionView county : regions.children(city.regionCode())) {
                    add(names, ambiguous, county);
                }
            }
            ambiguous.forEach(names::remove);
            regionNames = Map.copyOf(names);
        }
        return regionNames;
    }

    private static void add(Map<String, String> names, Set<String> ambiguous, RegionView region) {
        String name = region.name();
        names.put(name, region.code());
        String shortName = name.replaceAll("(省|市|区|县)$", "");
        if (shortName.length() >= 2 && !shortName.equals(name)) {
            if (names.containsKey(shortName) && !names.get(shortName).equals(region.code())) {
                ambiguous.add(shortName);
            } else {
                names.put(shortName, region.code());
            }
        }
    }
}
