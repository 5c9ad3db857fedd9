/**
 * 行政区划、部门、大厅: the five levels of administrative regions (GB/T 2260 codes), the departments
 * that implement services (实施主体, each with a 统一社会信用代码) and the service halls with their
 * windows. All of it is reference data loaded by Flyway migrations; {@link org.tongban.region.RegionDirectory}
 * is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "行政区划、部门、大厅",
        allowedDependencies = {"shared"})
package org.tongban.region;
