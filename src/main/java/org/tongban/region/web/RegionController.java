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

/** Public reference data: regions, their departments and halls. */
@RestController
@RequestMapping("/api/v1/regions")
class RegionController {

    private final RegionDirectory directory;

    RegionController(RegionDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/{code}")
    RegionView region(@PathVariable String code) {
        return directory.region(code).orElseThrow(() -> new BusinessException(CommonError.NOT_FOUND));
    }

    @GetMapping("/{code}/children")
    List<RegionView> children(@PathVariable String code) {
        region(code);
        return directory.children(code);
    }

    @GetMapping("/{code}/departments")
    List<DepartmentView> departments(@PathVariable String code) {
        region(code);
        return directory.departmentsIn(code);
    }

    @GetMapping("/{code}/halls")
    List<HallView> halls(@PathVariable String code) {
        region(code);
        return directory.hallsIn(code);
    }
}
