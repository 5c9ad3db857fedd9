package org.tongban.region.web;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.region.DepartmentView;
import org.tongban.region.HallView;
import org.tongban.region.RegionDirectory;
import org.tongban.region.RegionView;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.RegionCode;

/** Public reference data: regions, their departments and halls. */
@RestController
@RequestMapping("/api/v1/regions")
class RegionController {

    private final RegionDirectory directory;

    RegionController(RegionDirectory directory) {
        this.directory = directory;
    }

    /** Text that cannot be a region code is refused exactly as an unknown code is. */
    @GetMapping("/{code}")
    RegionView region(@PathVariable String code) {
        return RegionCode.parse(code).flatMap(directory::region)
                .orElseThrow(() -> new BusinessException(CommonError.NOT_FOUND));
    }

    @GetMapping("/{code}/children")
    List<RegionView> children(@PathVariable String code) {
        return directory.children(region(code).regionCode());
    }

    @GetMapping("/{code}/departments")
    List<DepartmentView> departments(@PathVariable String code) {
        return directory.departmentsIn(region(code).regionCode());
    }

    @GetMapping("/{code}/halls")
    List<HallView> halls(@PathVariable String code) {
        return directory.hallsIn(region(code).regionCode());
    }
}
