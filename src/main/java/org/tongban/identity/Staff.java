package org.tongban.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongban.shared.Role;

/** A member of staff: where they work (region and department) and what they may do (roles). */
@Entity
@Table(name = "staff")
class Staff {

    @Id
    @Column(name = "account_id")
    private Long accountId;
    private String name;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "department_code")
    private String departmentCode;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    private Set<String> roles = new HashSet<>();

    protected Staff() {
    }

    Staff(Long accountId, String name, String regionCode, String departmentCode, Set<Role> roles) {
        this.accountId = accountId;
        this.name = name;
        this.regionCode = regionCode;
        this.departmentCode = departmentCode;
        this.roles = roles.stream().map(Role::name).collect(Collectors.toCollection(HashSet::new));
    }

    Long accountId() {
        return accountId;
    }

    String name() {
        return name;
    }

    String regionCode() {
        return regionCode;
    }

    String departmentCode() {
        return departmentCode;
    }

    /** The names of the roles held; {@link RoleDirectory} turns them back into roles. */
    Set<String> roleNames() {
        return Set.copyOf(roles);
    }
}
