package org.tongban.bundle;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.tongban.region.RegionDirectory;
import org.tongban.region.RegionView;
import org.tongban.search.SearchSource;
import org.tongban.shared.RegionCode;

/**
 * Published bundles as search documents (type {@code bundle}), for the whole province. The title and the
 * colloquial keywords ("生孩子", "开公司") are what a bundle is found by; its members' names are its body, so
 * searching for one item finds the life event it belongs to after the item itself.
 */
@Component
class BundleDocuments implements SearchSource {

    /** Bundles are the province's; the search index keys regions by GB/T 2260 code. */
    static final String PROVINCE = "370000";

    private final Bundles bundles;
    private final RegionDirectory regions;

    BundleDocuments(Bundles bundles, RegionDirectory regions) {
        this.bundles = bundles;
        this.regions = regions;
    }

    @Override
    public Type type() {
        return Type.BUNDLE;
    }

    @Override
    public List<Document> documents() {
        return bundles.published().stream().map(this::of).toList();
    }

    @Override
    public long count() {
        return bundles.countPublished();
    }

    Document of(Bundles.Bundle bundle) {
        String members = bundle.members().stream().map(Bundles.Member::name).collect(Collectors.joining("、"));
        return new Document(Type.BUNDLE, bundle.code(), null, bundle.name(), String.join(" ", bundle.keywords()),
                bundle.summary() + " 包含：" + members, PROVINCE,
                regions.region(RegionCode.of(PROVINCE)).map(RegionView::name).orElse(PROVINCE), "PROVINCE", null, null, null,
                String.join(" ", bundle.audiences()), "一件事", true, "/bundles/" + bundle.code());
    }
}
