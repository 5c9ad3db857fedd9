/**
 * 演示数据: in demo mode on the embedded database, a department's worth of historical cases made through the
 * application and casework modules' own services (submissions, the staff's actions), then moved into the past
 * weeks through casework's {@code CaseHistory}. It owns no tables and writes none. The demo accounts stay in
 * identity, which owns the tables they are written to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "演示数据",
        allowedDependencies = {"application", "casework", "catalog", "document::files", "feedback", "identity", "license",
                "region", "shared", "supervision"})
package org.tongban.demo;
