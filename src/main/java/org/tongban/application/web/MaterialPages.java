package org.tongban.application.web;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongban.application.MaterialViewer;
import org.tongban.shared.Actors;
import org.tongban.shared.BusinessException;
import org.tongban.shared.Problems;

/**
 * The material viewer: a page of a material as an image, the notes pinned to it, and — for staff — a form
 * whose image button pins a new note where it is clicked. No JavaScript is needed.
 */
@Controller
class MaterialPages {

    private final MaterialViewer viewer;
    private final Problems problems;

    MaterialPages(MaterialViewer viewer, Problems problems) {
        this.viewer = viewer;
        this.problems = problems;
    }

    /** A note drawn on the rendered page, at pixel ({@code cx}, {@code cy}). */
    record Pin(int cx, int cy, String note, boolean forCorrection) {
    }

    @GetMapping("/cases/{caseNumber}/files/{fileId}/view")
    String view(@PathVariable String caseNumber, @PathVariable String fileId,
            @RequestParam(defaultValue = "1") int page, Model model) {
        var material = viewer.material(caseNumber, fileId, Actors.current());
        int shown = Math.max(1, Math.min(page, material.pages()));
        model.addAttribute("material", material);
        model.addAttribute("page", shown);
        int height = viewer.pageHeight(caseNumber, fileId, shown, Actors.current());
        model.addAttribute("pins", material.annotations().stream().filter(a -> a.page() == shown)
                .map(a -> new Pin(Math.round(a.x().floatValue() * MaterialViewer.WIDTH / 100),
                        Math.round(a.y().floatValue() * height / 100), a.note(), a.forCorrection()))
                .toList());
        model.addAttribute("pageHeight", height);
        model.addAttribute("width", MaterialViewer.WIDTH);
        model.addAttribute("back", Actors.current().isStaff() ? "/workspace/cases/" + caseNumber : "/me/cases/" + caseNumber);
        return "application/material";
    }

    @GetMapping("/cases/{caseNumber}/files/{fileId}/pages/{page}.png")
    ResponseEntity<byte[]> page(@PathVariable String caseNumber, @PathVariable String fileId, @PathVariable int page) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(viewer.page(caseNumber, fileId, page, Actors.current()).png());
    }

    @PostMapping("/cases/{caseNumber}/files/{fileId}/annotations")
    String annotate(@PathVariable String caseNumber, @PathVariable String fileId, @RequestParam int page,
            @RequestParam(name = "pin.x", defaultValue = "-1") int x, @RequestParam(name = "pin.y", defaultValue = "-1") int y,
            @RequestParam(defaultValue = "0") int pageHeight, @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "false") boolean forCorrection, RedirectAttributes redirect) {
        try {
            viewer.annotate(caseNumber, fileId, page, x, y, pageHeight, note, forCorrection, Actors.current());
            redirect.addFlashAttribute("notice", "material.annotated");
        } catch (BusinessException e) {
            redirect.addFlashAttribute("errors", problems.fieldMessages(e));
            redirect.addFlashAttribute("note", note == null ? "" : note);
        }
        return "redirect:/cases/" + caseNumber + "/files/" + fileId + "/view?page=" + page;
    }
}
