package org.tongban.search.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongban.region.RegionDirectory;
import org.tongban.region.RegionView;
import org.tongban.search.Searches;
import org.tongban.shared.BusinessException;
import org.tongban.shared.Preferences;
import org.tongban.shared.Problems;
import org.tongban.shared.RegionCode;

/**
 * The search page: one box (with autocomplete as you type, without scripts it is a plain form), results grouped
 * into life events (一件事), services and answers, each saying why it matched, filters by type and audience, the region to pick when
 * an item differs by region (remembered like the guides' region), and hot terms.
 */
@Controller
class SearchPages {

    /** The cookie the guides remember the region in. */
    private static final String REGION_COOKIE = "tb_region";
    private static final RegionCode PROVINCE = RegionCode.of("370000");
    private static final RegionCode LINYI = RegionCode.of("371300");

    private final Searches searches;
    private final RegionDirectory regions;
    private final Problems problems;

    SearchPages(Searches searches, RegionDirectory regions, Problems problems) {
        this.searches = searches;
        this.regions = regions;
        this.problems = problems;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(required = false) String type, @RequestParam(required = false) String audience,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        String chosen = region(region, request, response);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("region", chosen);
        model.addAttribute("regionName", chosen == null ? null
                : RegionCode.parse(chosen).flatMap(regions::region).map(RegionView::fullName).orElse(null));
        model.addAttribute("type", type);
        model.addAttribute("audience", audience);
        model.addAttribute("hot", searches.hot(chosen, 10));
        model.addAttribute("cities", regions.children(PROVINCE));
        model.addAttribute("counties", regions.children(LINYI));
        if (q != null && !q.isBlank()) {
            try {
                Searches.Results results = searches.search(new Searches.Query(q, chosen, audience, type, null, null, 20));
                model.addAttribute("results", results);
                model.addAttribute("bundles", results.results().stream().filter(h -> "bundle".equals(h.type())).toList());
                // The life events' group goes where its best result ranks: first when a bundle is the best match.
                model.addAttribute("bundlesFirst", !results.results().isEmpty()
                        && "bundle".equals(results.results().get(0).type()));
                model.addAttribute("items", results.results().stream().filter(h -> "item".equals(h.type())).toList());
                model.addAttribute("answers", results.results().stream().filter(h -> "faq".equals(h.type())).toList());
            } catch (BusinessException e) {
                model.addAttribute("errors", problems.fieldMessages(e));
            }
        }
        return "search/results";
    }

    /** 智能联想 for the box (htmx): a list of completions, each a link to its search. */
    @GetMapping("/search/suggest")
    String suggest(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("suggestions", q == null ? List.of() : searches.suggest(q, 8));
        return "search/results :: suggestions";
    }

    /** 内容关联推荐 for a guide (htmx): items of the same life event or department, near the guide's region. */
    @GetMapping("/search/related/{code}")
    String related(@PathVariable String code, Model model) {
        model.addAttribute("related", searches.related(code, 6));
        return "search/results :: related";
    }

    private String region(String region, HttpServletRequest request, HttpServletResponse response) {
        if (region != null && !region.isBlank()) {
            if (known(region.strip())) {
                Preferences.remember(request, response, REGION_COOKIE, region.strip());
                return region.strip();
            }
            return null;
        }
        String remembered = Preferences.recall(request, REGION_COOKIE);
        return remembered != null && known(remembered) ? remembered : null;
    }

    /** Whether the text names a region; text that cannot be a region code names none. */
    private boolean known(String region) {
        return RegionCode.parse(region).flatMap(regions::region).isPresent();
    }

}
