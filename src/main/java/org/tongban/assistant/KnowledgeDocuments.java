package org.tongban.assistant;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tongban.search.SearchSource;

/** Published knowledge entries in force, as search documents (type {@code faq}). */
@Component
class KnowledgeDocuments implements SearchSource {

    private final KnowledgeBase knowledge;

    KnowledgeDocuments(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public Type type() {
        return Type.FAQ;
    }

    @Override
    public List<Document> documents() {
        return knowledge.inForce().stream().map(KnowledgeDocuments::of).toList();
    }

    @Override
    public long count() {
        return knowledge.countInForce();
    }

    static Document of(KnowledgeBase.Entry entry) {
        List<String> alternates = new ArrayList<>(entry.variants());
        alternates.addAll(entry.tags());
        return new Document(Type.FAQ, entry.key(), entry.basicCodes().isEmpty() ? null : entry.basicCodes().get(0),
                entry.question(), String.join(" ", alternates), entry.answerText(), entry.regionCode(), entry.regionName(),
                null, entry.departmentCode(), entry.departmentName(), null, "PERSON ENTERPRISE",
                String.join(" ", entry.tags()), false, "/knowledge/" + entry.key());
    }
}
