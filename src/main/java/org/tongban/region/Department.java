package org.tongban.region;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "department")
class Department {

    @Id
    private Long id;
    @Column(name = "credit_code")
    private String creditCode;
    private String name;
    @Column(name = "short_name")
    private String shortName;
    @Column(name = "region_code")
    private String regionCode;
    private String kind;

    protected Department() {
    }

    DepartmentView view() {
        return new DepartmentView(creditCode, name, shortName, regionCode, kind);
    }
}
