package org.tongban.bundle.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.bundle.BundleApplications;
import org.tongban.bundle.Bundles;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;

/** Bundles (一件事), their notice for a region, and applications for them, over JSON. */
@RestController
@RequestMapping("/api/v1")
class BundleApi {

    private final Bundles bundles;
    private final BundleApplications applications;

    BundleApi(Bundles bundles, BundleApplications applications) {
        this.bundles = bundles;
        this.applications = applications;
    }

    record MemberJson(String basicCode, String name, boolean optional, String note) {
    }

    record BundleJson(String code, String name, List<String> audiences, String summary, String conditions,
            String basis, int promisedDays, List<MemberJson> members, String url) {
    }

    record PartJson(String basicCode, String name, boolean optional, String note, String listingCode,
            String department, boolean available, String promisedLimit, List<String> supplied) {
    }

    record MaterialJson(String name, boolean required, List<String> usedBy, String producedBy) {
    }

    record RegionJson(String code, String name) {
    }

    record NoticeJson(BundleJson bundle, RegionJson region, boolean applicable, int promisedDays,
            Integer separateDays, int visits,
            List<String> departments, List<PartJson> members, List<MaterialJson> materials, List<RegionJson> choices) {
    }

    @GetMapping("/bundles")
    Map<String, List<BundleJson>> list() {
        return Map.of("bundles", bundles.published().stream().map(BundleApi::json).toList());
    }

    /** The notice (一次告知) of a bundle in a region; without one, the regions it can be applied for in. */
    @GetMapping("/bundles/{code}")
    NoticeJson notice(@PathVariable String code, @RequestParam(required = false) String region) {
        Bundles.Notice notice = bundles.notice(code, region);
        return new NoticeJson(json(notice.bundle()),
                notice.region() == null ? null : new RegionJson(notice.region().code(), notice.region().fullName()),
                notice.applicable(), notice.promisedDays(), notice.separateDays(), notice.visits(),
                notice.departments(),
                notice.parts().stream().map(p -> new PartJson(p.member().basicCode(), p.member().name(),
                        p.member().optional(), p.member().note(), p.listing() == null ? null : p.listing().code(),
                        p.listing() == null ? null : p.listing().department().name(), p.available(),
                        p.listing() == null ? null : p.listing().promisedLimit().value() + p.listing().promisedLimit().unit(),
                        p.supplied())).toList(),
                notice.materials().stream().map(m -> new MaterialJson(m.name(), m.required(), m.usedBy(),
                        m.producedBy())).toList(),
                notice.choices().stream().map(r -> new RegionJson(r.code(), r.fullName())).toList());
    }

    @PostMapping("/bundles/{code}/applications")
    ResponseEntity<BundleApplications.Application> apply(@PathVariable String code,
            @RequestBody(required = false) BundleApplications.Request request) {
        if (request == null) {
            throw new BusinessException(CommonError.INVALID_INPUT);
        }
        var application = applications.submit(code, request, Actors.current());
        return ResponseEntity.created(URI.create("/api/v1/bundle-applications/" + application.number()))
                .body(application);
    }

    @GetMapping("/bundle-applications")
    Map<String, List<BundleApplications.Application>> mine() {
        return Map.of("applications", applications.mine(Actors.current()));
    }

    @GetMapping("/bundle-applications/{number}")
    Map<String, Object> progress(@PathVariable String number) {
        var progress = applications.progress(number, Actors.current());
        return Map.of("application", progress.application(), "overall", progress.overall(),
                "cases", progress.lines().stream().map(l -> Map.of("caseNumber", l.ref().caseNumber(),
                        "basicCode", l.ref().basicCode(), "itemName", l.ref().itemName(), "status", l.status().name()))
                        .toList());
    }

    static BundleJson json(Bundles.Bundle b) {
        return new BundleJson(b.code(), b.name(), b.audiences(), b.summary(), b.conditions(), b.basis(),
                b.promisedDays(), b.members().stream()
                        .map(m -> new MemberJson(m.basicCode(), m.name(), m.optional(), m.note())).toList(),
                "/bundles/" + b.code());
    }
}
