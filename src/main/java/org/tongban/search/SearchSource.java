package org.tongban.search;

import java.util.List;
import java.util.Locale;

/**
 * What a module gives the search index: its searchable things as documents. The catalog's published listings
 * are read by search itself; other modules (the knowledge base) implement this so that a rebuild can ask them
 * for everything, and call {@link SearchIndex} when one of their things is published or withdrawn.
 */
public interface SearchSource {

    /** The kinds of results, as the API names them. */
    enum Type {
        ITEM, BUNDLE, FAQ, POLICY;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The kind of documents this source gives. */
    Type type();

    /** Every document the source has now (published, in force). */
    List<Document> documents();

    /** How many documents the source has now (without building them, where it can). */
    default long count() {
        return documents().size();
    }

    /**
     * A searchable thing. {@code alternates}: other words for it (keywords, question variants, tags);
     * {@code body}: the text behind it (plain text); {@code regionCode}: where it applies ({@code 37} for the
     * whole province); {@code audiences}: {@code PERSON} and/or {@code ENTERPRISE}…, space-separated.
     */
    record Document(Type type, String code, String basicCode, String title, String alternates, String body,
            String regionCode, String regionName, String regionLevel, String departmentCode, String departmentName,
            String itemType, String audiences, String themes, boolean highFrequency, String url) {

        public String id() {
            return type.wireName() + ":" + code;
        }

        /** The text the embedding is computed from: the title and its first alternates. */
        String semanticText() {
            return semanticText(title, alternates);
        }

        static String semanticText(String title, String alternates) {
            String more = alternates == null ? "" : alternates.length() > 60 ? alternates.substring(0, 60) : alternates;
            return title + (more.isBlank() ? "" : "；" + more);
        }
    }
}
