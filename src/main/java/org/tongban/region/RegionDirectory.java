package org.tongban.region;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up regions, departments and halls. Reference data only: nothing here changes them. */
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

    public Optional<RegionView> region(String code) {
        return code == null ? Optional.empty() : regions.findById(code).map(Region::view);
    }

    public List<RegionView> children(String code) {
        return regions.findByParentCodeOrderByCode(code).stream().map(Region::view).toList();
    }

    public Optional<DepartmentView> department(String creditCode) {
        return creditCode == null ? Optional.empty() : departments.findByCreditCode(creditCode).map(Department::view);
    }

    public Optional<DepartmentView> departmentNamed(String name) {
        return departments.findByName(name).map(Department::view);
    }

    public List<DepartmentView> departmentsIn(String regionCode) {
        return departments.findByRegionCodeOrderByName(regionCode).stream().map(Department::view).toList();
    }

    /** The halls with these codes, in the order given; unknown codes are skipped. */
    public List<HallView> halls(List<String> codes) {
        return codes.stream().map(halls::findByCode).flatMap(java.util.Optional::stream).map(Hall::view).toList();
    }

    public List<HallView> hallsIn(String regionCode) {
        return halls.findByRegionCodeOrderByCode(regionCode).stream().map(Hall::view).toList();
    }
}
