package org.tongban.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.ItemDetail;
import org.tongban.catalog.ItemSummary;

/** The catalog's published listings as search documents: the guide's name, keywords, conditions and materials. */
@Component
class CatalogDocuments implements SearchSource {

    private final Catalog catalog;

    CatalogDocuments(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Type type() {
        return Type.ITEM;
    }

    @Override
    public List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        for (int page = 0; ; page++) {
            Catalog.ItemPage items = catalog.search(new Catalog.ItemQuery(null, null, null, null, null, false, page, 100));
            for (ItemSummary summary : items.items()) {
                document(summary.code()).ifPresent(documents::add);
            }
            if ((page + 1) * 100L >= items.total()) {
                return documents;
            }
        }
    }

    @Override
    public long count() {
        return catalog.search(new Catalog.ItemQuery(null, null, null, null, null, false, 0, 1)).total();
    }

    /**
     * The document of a published listing, if it is published. Listings on a negative list are found too: their
     * guide says why they are not handled here, which is what a person searching for them needs to read.
     */
    Optional<Document> document(String code) {
        return catalog.published(code).map(CatalogDocuments::of);
    }

    static Document of(ItemDetail item) {
        List<String> alternates = new ArrayList<>(item.keywords());
        List<String> themes = new ArrayList<>(item.personThemes());
        themes.addAll(item.enterpriseThemes());
        StringBuilder body = new StringBuilder();
        if (item.plainSummary() != null) {
            body.append(item.plainSummary()).append('\n');
        }
        if (item.acceptanceConditions() != null) {
            body.append(item.acceptanceConditions()).append('\n');
        }
        item.materials().forEach(m -> body.append(m.name()).append('；'));
        if (item.result() != null && item.result().name() != null) {
            body.append('\n').append(item.result().name());
        }
        return new Document(Type.ITEM, item.code(), item.basicCode(), item.name(), String.join(" ", alternates),
                body.toString(), item.region().code(), item.region().name(), item.regionLevel(), item.department().code(),
                item.department().name(), item.type(), String.join(" ", item.audiences()), String.join(" ", themes),
                item.highFrequency(), "/guide/" + item.code());
    }
}
