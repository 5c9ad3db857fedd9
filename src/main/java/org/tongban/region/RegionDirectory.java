package org.tongban.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.RegionCode;

/**
 * Looks up regions, departments and halls. Reference data only: nothing here changes them. Regions are asked for
 * by {@link RegionCode}: a caller turns the text it received into one with {@link RegionCode#parse}, so text that
 * cannot be a region code finds nothing, exactly as an unknown code does.
 */
@Service
@Transactional(readOnly = true)
public class RegionDirectory {

    private final Regions regions;
    private final Departments departments;
    private final Halls halls;

    RegionDirectory(Regions regions, Departments departments, Halls halls) {
        this.regions = regions;
        this.departments = departments;
        this.halls = halls;
    }

    /**
     * Regions are reference data that only migrations change, and every search, guide and chain of regions
     * asks for them: they are read once and kept.
     */
    private volatile Map<String, RegionView> byCode;
    private volatile Map<String, List<RegionView>> byParent;

    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<RegionView> region(RegionCode code) {
        return code == null ? Optional.empty() : Optional.ofNullable(loaded().get(code.value()));
    }

    @Transactional(propagation = Propagation.SUPPORTS)
    public List<RegionView> children(RegionCode code) {
        loaded();
        return code == null ? List.of() : byParent.getOrDefault(code.value(), List.of());
    }

    private Map<String, RegionView> loaded() {
        Map<String, RegionView> all = byCode;
        if (all == null) {
            synchronized (this) {
                if (byCode == null) {
                    Map<String, RegionView> codes = new HashMap<>();
                    Map<String, List<RegionView>> parents = new HashMap<>();
                    regions.findAll(Sort.by("code")).forEach(region -> {
                        RegionView view = region.view();
                        codes.put(view.code(), view);
                        if (view.parentCode() != null) {
                            parents.computeIfAbsent(view.parentCode(), p -> new ArrayList<>()).add(view);
                        }
                    });
                    parents.replaceAll((parent, children) -> List.copyOf(children));
                    byParent = Map.copyOf(parents);
                    byCode = Map.copyOf(codes);
                }
                all = byCode;
            }
        }
        return all;
    }

    public Optional<DepartmentView> department(String creditCode) {
        return creditCode == null ? Optional.empty() : departments.findByCreditCode(creditCode).map(Department::view);
    }

    public Optional<DepartmentView> departmentNamed(String name) {
        return departments.findByName(name).map(Department::view);
    }

    public List<DepartmentView> departmentsIn(RegionCode regionCode) {
        return departments.findByRegionCodeOrderByName(regionCode.value()).stream().map(Department::view).toList();
    }

    /** The halls with these codes, in the order given; unknown codes are skipped. */
    public List<HallView> halls(List<String> codes) {
        return codes.stream().map(halls::findByCode).flatMap(Optional::stream).map(Hall::view).toList();
    }

    public List<HallView> hallsIn(RegionCode regionCode) {
        return halls.findByRegionCodeOrderByCode(regionCode.value()).stream().map(Hall::view).toList();
    }
}
