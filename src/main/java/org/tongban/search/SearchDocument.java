package org.tongban.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.pojo.extractor.mapping.annotation.ContainerExtract;
import org.hibernate.search.mapper.pojo.extractor.mapping.annotation.ContainerExtraction;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.VectorField;

/**
 * One searchable thing as the index sees it: a published listing ({@code ITEM}) or a published knowledge
 * entry ({@code FAQ}). The row is the source the index is rebuilt from; Hibernate Search indexes it on every
 * write. Titles are also indexed as pinyin syllables and initials; the embedding (bge-small-zh, 512 floats)
 * is kept with the row so a rebuild need not compute it again.
 */
@Entity
@Table(name = "search_document")
@Indexed(index = "search")
class SearchDocument {

    static final int DIMENSIONS = 512;
    private static final int SNIPPET = 90;

    @Id
    @KeywordField(projectable = Projectable.YES)
    private String id;
    @KeywordField(projectable = Projectable.YES)
    private String type;
    @KeywordField(projectable = Projectable.YES)
    private String code;
    @Column(name = "basic_code")
    @KeywordField(projectable = Projectable.YES)
    private String basicCode;
    @FullTextField(analyzer = SearchAnalysis.CHINESE, projectable = Projectable.YES)
    private String title;
    @FullTextField(analyzer = SearchAnalysis.CHINESE, projectable = Projectable.YES)
    private String alternates;
    @FullTextField(analyzer = SearchAnalysis.CHINESE)
    private String body;
    @Column(name = "region_code")
    @KeywordField(projectable = Projectable.YES)
    private String regionCode;
    @Column(name = "region_name")
    @KeywordField(projectable = Projectable.YES)
    private String regionName;
    @Column(name = "region_level")
    @KeywordField
    private String regionLevel;
    @Column(name = "department_code")
    @KeywordField
    private String departmentCode;
    @Column(name = "department_name")
    @KeywordField(projectable = Projectable.YES)
    private String departmentName;
    @Column(name = "item_type")
    @KeywordField
    private String itemType;
    @FullTextField(analyzer = SearchAnalysis.WORDS)
    private String audiences;
    @FullTextField(analyzer = SearchAnalysis.WORDS, projectable = Projectable.YES)
    private String themes;
    @Column(name = "high_frequency")
    @GenericField(projectable = Projectable.YES)
    private boolean highFrequency;
    @KeywordField(projectable = Projectable.YES)
    private String url;
    private byte[] embedding;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SearchDocument() {
    }

    SearchDocument(String id) {
        this.id = id;
    }

    /** The start of the text, kept in the index for result snippets (the whole text is searched, not stored). */
    @KeywordField(name = "snippet", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
    String getSnippet() {
        String text = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return text.length() <= SNIPPET ? text : text.substring(0, SNIPPET) + "…";
    }

    /** The title as pinyin syllables ({@code zhu fang gong ji jin}): full pinyin and 同音字 typos match it. */
    @FullTextField(name = "titlePinyin", analyzer = SearchAnalysis.WORDS)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "alternates"))})
    String getTitlePinyin() {
        return Pinyin.spaced(title) + " | " + Pinyin.spaced(firstAlternates());
    }

    /** The title's pinyin with 模糊音 folded ({@link Pinyin#fuzzy}): near-sound typos match it. */
    @FullTextField(name = "titleFuzzy", analyzer = SearchAnalysis.WORDS)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "alternates"))})
    String getTitleFuzzy() {
        return Pinyin.fuzzy(Pinyin.spaced(title)) + " | " + Pinyin.fuzzy(Pinyin.spaced(firstAlternates()));
    }

    /** The title's initials ({@code z f g j j}). */
    @FullTextField(name = "titleInitials", analyzer = SearchAnalysis.WORDS)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "alternates"))})
    String getTitleInitials() {
        return Pinyin.initials(title) + " | " + Pinyin.initials(firstAlternates());
    }

    /** The embedding as a vector, when the model has computed one. */
    @VectorField(name = "vector", dimension = DIMENSIONS, vectorSimilarity = VectorSimilarity.COSINE)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "embedding")),
            extraction = @ContainerExtraction(
                    extract = ContainerExtract.NO))
    float[] getVector() {
        return embedding == null ? null : floats(embedding);
    }

    /** The first few alternates (keywords, variants), whose pinyin is indexed with the title's. */
    private String firstAlternates() {
        if (alternates == null || alternates.isBlank()) {
            return "";
        }
        String[] words = alternates.split("[ 、,，；;\\n]+");
        return String.join(" ", Arrays.copyOf(words, Math.min(words.length, 6)))
                .replace("null", "").strip();
    }

    static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * 4);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    static float[] floats(byte[] bytes) {
        float[] vector = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).asFloatBuffer().get(vector);
        return vector;
    }

    /** Everything but the id and the embedding, from the source; true when something changed. */
    boolean fill(SearchSource.Document d, Instant now) {
        boolean changed = !Objects.equals(title, d.title()) || !Objects.equals(alternates, d.alternates())
                || !Objects.equals(body, d.body()) || !Objects.equals(regionCode, d.regionCode())
                || !Objects.equals(url, d.url()) || highFrequency != d.highFrequency()
                || !Objects.equals(themes, d.themes()) || !Objects.equals(departmentName, d.departmentName())
                || !Objects.equals(audiences, d.audiences()) || !Objects.equals(basicCode, d.basicCode());
        this.type = d.type().name();
        this.code = d.code();
        this.basicCode = d.basicCode();
        this.title = d.title();
        this.alternates = d.alternates();
        this.body = d.body();
        this.regionCode = d.regionCode();
        this.regionName = d.regionName();
        this.regionLevel = d.regionLevel();
        this.departmentCode = d.departmentCode();
        this.departmentName = d.departmentName();
        this.itemType = d.itemType();
        this.audiences = d.audiences();
        this.themes = d.themes();
        this.highFrequency = d.highFrequency();
        this.url = d.url();
        this.updatedAt = now;
        return changed;
    }

    void embed(float[] vector) {
        this.embedding = vector == null ? null : bytes(vector);
    }

    boolean hasEmbedding() {
        return embedding != null;
    }

    String id() {
        return id;
    }

    String title() {
        return title;
    }

    String alternates() {
        return alternates;
    }

    String type() {
        return type;
    }
}
