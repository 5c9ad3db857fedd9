package org.tongban.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tongban.identity.ProfileService;
import org.tongban.identity.SsoClients;
import org.tongban.identity.StaffDirectory;
import org.tongban.region.RegionDirectory;
import org.tongban.search.Searches;
import org.tongban.shared.Actors;
import org.tongban.shared.Preferences;
import org.tongban.shared.RegionCode;
import org.tongban.shared.WorkspaceTile;

/** The home page, the 适老化 switch, the brand stylesheet, and the staff workspace and admin shells. */
@Controller
class ShellPages {

    private static final RegionCode PROVINCE = RegionCode.of("370000");

    private final BrandProperties brand;
    private final RegionDirectory regions;
    private final ProfileService profiles;
    private final StaffDirectory staff;
    private final SsoClients ssoClients;
    private final Searches searches;
    private final List<WorkspaceTile> tiles;

    ShellPages(BrandProperties brand, RegionDirectory regions, ProfileService profiles, StaffDirectory staff,
            SsoClients ssoClients, Searches searches, List<WorkspaceTile> tiles) {
        this.searches = searches;
        this.tiles = List.copyOf(tiles);
        this.brand = brand;
        this.regions = regions;
        this.profiles = profiles;
        this.staff = staff;
        this.ssoClients = ssoClients;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("cities", regions.children(PROVINCE));
        model.addAttribute("hot", searches.hot(null, 8));
        return "index";
    }

    /**
     * Turns 适老化 mode on or off and returns to the page the switch was pressed on. Remembered for a year.
     * A link, not a form: it sets only a display preference, and anonymous pages then need no session.
     */
    @GetMapping("/preferences/elder")
    String elderMode(@RequestParam(defaultValue = "0") String on, @RequestParam(defaultValue = "/") String back,
            HttpServletRequest request, HttpServletResponse response) {
        Preferences.remember(request, response, ShellModel.ELDER_COOKIE, "1".equals(on) ? "1" : "0");
        return "redirect:" + (isLocalPath(back) ? back : "/");
    }

    @GetMapping(value = "/css/brand.css", produces = "text/css")
    @ResponseBody
    ResponseEntity<String> brandStylesheet() {
        String css = ":root{--tb-primary:%s;--tb-accent:%s;}%n".formatted(brand.primaryColor(), brand.accentColor());
        return ResponseEntity.ok().contentType(MediaType.valueOf("text/css;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(css);
    }

    @GetMapping("/workspace")
    String workspace(Model model) {
        var actor = Actors.current();
        model.addAttribute("profile", profiles.of(actor));
        model.addAttribute("colleagues", staff.visibleTo(actor, 50));
        model.addAttribute("tiles", tiles.stream().filter(tile -> tile.shownTo(actor))
                .sorted(Comparator.comparingInt(WorkspaceTile::order)).toList());
        return "workspace";
    }

    @GetMapping("/admin")
    String admin(Model model) {
        model.addAttribute("clients", ssoClients.all());
        return "admin/index";
    }

    static boolean isLocalPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && path.length() < 512
                && path.chars().noneMatch(Character::isISOControl);
    }
}
