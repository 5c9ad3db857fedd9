package org.tongban.catalog.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.CatalogEditor;
import org.tongban.catalog.CatalogError;
import org.tongban.catalog.FormTemplates;
import org.tongban.catalog.ItemDetail;
import org.tongban.catalog.MaterialSources;
import org.tongban.region.RegionDirectory;
import org.tongban.region.RegionView;
import org.tongban.shared.Actors;
import org.tongban.shared.BoundedCache;
import org.tongban.shared.BusinessException;
import org.tongban.shared.Preferences;
import org.tongban.shared.RegionCode;

/**
 * Guides and browsing. Every channel view of a guide — desktop and phone, the window clerk's checklist,
 * the kiosk, the hall TV and print — renders the same published version; none can show a draft.
 */
@Controller
class GuidePages {

    static final List<String> VIEWS = List.of("standard", "window", "kiosk", "tv", "print");
    static final List<String> PERSON_THEMES = List.of("出生", "上学", "就业", "婚育", "住房", "社保", "医疗", "出行", "养老",
            "救助", "残疾人", "退役军人", "身后");
    static final List<String> ENTERPRISE_THEMES = List.of("开办", "准营", "经营", "变更", "投资建设", "纳税", "用工", "注销");
    static final String REGION_COOKIE = "tb_region";
    static final RegionCode DEFAULT_REGION = RegionCode.of("371302");
    private static final RegionCode PROVINCE = RegionCode.of("370000");
    private static final RegionCode LINYI = RegionCode.of("371300");

    private static final int BODY_CACHE_SIZE = 5_000;

    private final Catalog catalog;
    private final CatalogEditor editor;
    private final RegionDirectory regions;
    private final TemplateEngine templates;
    private final ApplicationContext context;
    /** Rendered guide bodies by listing, published tag and view: a published version never changes. */
    private final BoundedCache<String, String> bodies = new BoundedCache<>(BODY_CACHE_SIZE);

    private final FormTemplates formTemplates;

    private final ObjectProvider<MaterialSources> sources;

    GuidePages(Catalog catalog, CatalogEditor editor, RegionDirectory regions,
            TemplateEngine templates, ApplicationContext context, FormTemplates formTemplates,
            ObjectProvider<MaterialSources> sources) {
        this.sources = sources;
        this.formTemplates = formTemplates;
        this.catalog = catalog;
        this.editor = editor;
        this.regions = regions;
        this.templates = templates;
        this.context = context;
    }

    /**
     * A guide in one of its channel views. The body is rendered once per published version and view and
     * then served from memory; the layout around it (brand, who is signed in, 适老化) is rendered each time.
     */
    @GetMapping("/guide/{code}")
    String guide(@PathVariable String code, @RequestParam(defaultValue = "standard") String view,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        ItemDetail item = catalog.published(code).orElseThrow(() -> new BusinessException(CatalogError.ITEM_NOT_FOUND));
        String chosen = VIEWS.contains(view) ? view : "standard";
        model.addAttribute("item", item);
        model.addAttribute("view", chosen);
        String key = item.code() + "|" + item.tag() + "|" + chosen;
        String body = bodies.get(key);
        if (body == null) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("item", item);
            variables.put("view", chosen);
            variables.put("views", VIEWS);
            variables.put("next", "tv".equals(chosen) ? nextFrequent(item) : null);
            Map<String, String> licensed = new HashMap<>();
            sources.ifAvailable(source -> item.materials().forEach(m -> source.licenseReplacing(m.name())
                    .ifPresent(type -> licensed.put(m.name(), type))));
            variables.put("licensed", licensed);
            variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContext(context, null));
            var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                    .buildExchange(request, response);
            body = templates.process("catalog/guide-body", Set.of("body"),
                    new WebContext(exchange, Locale.SIMPLIFIED_CHINESE, variables));
            bodies.put(key, body);
        }
        model.addAttribute("guideBody", body);
        return "catalog/guide";
    }

    /** Browse by life event, audience and region; the region chosen is remembered for a year. */
    /** 空表 / 样表 of a material that is a form, as a PDF. */
    @GetMapping("/guide/{code}/forms/{index}/{kind:blank|sample}")
    ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable int index,
            @PathVariable String kind) {
        var form = formTemplates.render(code, index, "sample".equals(kind));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(form.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(form.pdf());
    }

    @GetMapping("/items")
    String browse(@RequestParam(required = false) String region, @RequestParam(required = false) String audience,
            @RequestParam(required = false) String theme, @RequestParam(defaultValue = "false") boolean highFrequency,
            @RequestParam(required = false) String level, @RequestParam(required = false) String department,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        RegionCode chosen = chosenRegion(region, request, response);
        model.addAttribute("region", chosen.value());
        model.addAttribute("audience", audience);
        model.addAttribute("theme", theme);
        model.addAttribute("highFrequency", highFrequency);
        model.addAttribute("personThemes", PERSON_THEMES);
        model.addAttribute("enterpriseThemes", ENTERPRISE_THEMES);
        model.addAttribute("regionChoices", regionChoices());
        model.addAttribute("level", level);
        model.addAttribute("department", department);
        List<RegionView> chain = catalog.regionChain(chosen).stream().map(RegionCode::parse)
                .flatMap(Optional::stream).map(regions::region).flatMap(Optional::stream).toList();
        model.addAttribute("levels", chain);
        model.addAttribute("departments", chain.stream().flatMap(r -> regions.departmentsIn(r.regionCode()).stream()).toList());
        model.addAttribute("page", catalog.search(new Catalog.ItemQuery(chosen, department,
                theme != null && theme.length() <= 8 ? theme : null, audience, null, highFrequency, page, 20, level)));
        return "catalog/browse";
    }

    /** The published negative lists, with their reasons. */
    @GetMapping("/items/negative")
    String negativeLists(Model model) {
        model.addAttribute("entries", catalog.negativeLists());
        return "catalog/negative";
    }

    /** A listing's versions and, when asked, what changed between two of them. */
    @GetMapping("/workspace/catalog/items/{code}/versions")
    @PreAuthorize("hasAnyRole('CATALOG_ADMIN','DEPARTMENT_LEADER','SUPERVISOR')")
    String versions(@PathVariable String code, @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to, Model model) {
        var actor = Actors.current();
        var all = editor.versions(actor, code);
        model.addAttribute("code", code);
        model.addAttribute("versions", all);
        if (from == null && all.size() > 1) {
            from = all.get(1).number();
            to = all.get(0).number();
        }
        if (from != null && to != null) {
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            model.addAttribute("changes", editor.diff(actor, code, from, to));
        }
        return "catalog/versions";
    }

    @GetMapping("/workspace/catalog/quality")
    @PreAuthorize("hasAnyRole('CATALOG_ADMIN','SUPERVISOR','SYSTEM_ADMIN')")
    String quality(Model model) {
        model.addAttribute("summary", catalog.quality(Actors.current().dataScope()));
        return "catalog/quality";
    }

    private RegionCode chosenRegion(String region, HttpServletRequest request, HttpServletResponse response) {
        Optional<RegionCode> given = RegionCode.parse(region).filter(code -> regions.region(code).isPresent());
        if (given.isPresent()) {
            Preferences.remember(request, response, REGION_COOKIE, region);
            return given.get();
        }
        return RegionCode.parse(Preferences.recall(request, REGION_COOKIE))
                .filter(code -> regions.region(code).isPresent()).orElse(DEFAULT_REGION);
    }

    /** The province, its cities and the counties of 临沂市 (where the seed is richest). */
    private List<RegionView> regionChoices() {
        List<RegionView> choices = new ArrayList<>();
        regions.region(PROVINCE).ifPresent(choices::add);
        for (RegionView city : regions.children(PROVINCE)) {
            choices.add(city);
            if (LINYI.equals(city.regionCode())) {
                choices.addAll(regions.children(LINYI));
            }
        }
        return choices;
    }

    private String nextFrequent(ItemDetail item) {
        var frequent = catalog.search(new Catalog.ItemQuery(RegionCode.of(item.region().code()), null, null, null, null, true, 0, 50))
                .items();
        if (frequent.isEmpty()) {
            return null;
        }
        for (int i = 0; i < frequent.size(); i++) {
            if (frequent.get(i).code().equals(item.code())) {
                return frequent.get((i + 1) % frequent.size()).code();
            }
        }
        return frequent.get(0).code();
    }
}
