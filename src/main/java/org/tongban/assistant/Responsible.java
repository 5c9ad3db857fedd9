package org.tongban.assistant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongban.catalog.Catalog;
import org.tongban.region.DepartmentView;
import org.tongban.region.RegionDirectory;
import org.tongban.shared.RegionCode;

/**
 * Who answers for a question: the department of the item being discussed, else the region's administrative
 * approval bureau (行政审批服务局, which runs the service hall), else the nearest region above that has one.
 */
@Component
class Responsible {

    private final Catalog catalog;
    private final RegionDirectory regions;

    Responsible(Catalog catalog, RegionDirectory regions) {
        this.catalog = catalog;
        this.regions = regions;
    }

    DepartmentView of(String itemCode, String region) {
        if (itemCode != null) {
            var item = catalog.published(itemCode);
            if (item.isPresent()) {
                var department = regions.department(item.get().department().code());
                if (department.isPresent()) {
                    return department.get();
                }
            }
        }
        Optional<RegionCode> where = RegionCode.parse(region);
        List<String> chain = new ArrayList<>(region == null ? List.of(Assistant.PROVINCE)
                : where.map(catalog::regionChain).orElse(List.of("-")));
        Collections.reverse(chain);
        chain.add(Assistant.PROVINCE);
        for (String code : chain) {
            List<DepartmentView> departments = RegionCode.parse(code).map(regions::departmentsIn).orElse(List.of());
            var bureau = departments.stream().filter(d -> d.name().contains("行政审批服务局")).findFirst();
            if (bureau.isPresent()) {
                return bureau.get();
            }
            if (!departments.isEmpty() && code.endsWith("00")) {
                return departments.get(0);
            }
        }
        throw new IllegalStateException("No department in " + Assistant.PROVINCE);
    }
}
