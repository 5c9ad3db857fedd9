package org.tongban.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongban.casework.CaseworkRole;
import org.tongban.catalog.CatalogRole;
import org.tongban.identity.AccountRole;

class DataScopeTest {

    private static final String LANSHAN_APPROVALS = "11371302MB5517287A";

    @Test
    void regionWideRolesSeeEveryDepartmentOfTheirRegionAndBelow() {
        var clerk = new Actor("c", AccountKind.STAFF, Set.of(CaseworkRole.WINDOW_CLERK), "371302", LANSHAN_APPROVALS);
        DataScope scope = clerk.dataScope();
        assertThat(scope.includes(RegionCode.of("371302"), "other")).isTrue();
        assertThat(scope.includes(RegionCode.of("371302001001"), "other")).isTrue();
        assertThat(scope.includes(RegionCode.of("371311"), LANSHAN_APPROVALS)).isFalse();
        assertThat(scope.regionPattern()).isEqualTo("371302%");
    }

    @Test
    void departmentRolesSeeOnlyTheirDepartment() {
        var approver = new Actor("a", AccountKind.STAFF, Set.of(CaseworkRole.APPROVER), "371302", LANSHAN_APPROVALS);
        assertThat(approver.dataScope().includes(RegionCode.of("371302"), LANSHAN_APPROVALS)).isTrue();
        assertThat(approver.dataScope().includes(RegionCode.of("371302"), "11371302005501496B")).isFalse();
        assertThatThrownBy(() -> approver.dataScope().require(RegionCode.of("371302"), "11371302005501496B"))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo(CommonError.OUT_OF_SCOPE));
    }

    @Test
    void aProvinceSupervisorSeesEverything() {
        var supervisor = new Actor("s", AccountKind.STAFF, Set.of(AccountRole.SUPERVISOR), "370000", "11370000MB37971748");
        assertThat(supervisor.dataScope().includes(RegionCode.of("371311"), "x")).isTrue();
        assertThat(supervisor.dataScope().includes(RegionCode.of("370102"), "y")).isTrue();
        assertThat(supervisor.dataScope().regionPattern()).isEqualTo("37%");
    }

    @Test
    void aCityScopeCoversItsCountiesOnly() {
        var admin = new Actor("a", AccountKind.STAFF, Set.of(CatalogRole.CATALOG_ADMIN), "371300", "x");
        assertThat(admin.dataScope().includes(RegionCode.of("371329"), "y")).isTrue();
        assertThat(admin.dataScope().includes(RegionCode.of("370102"), "y")).isFalse();
    }

    @Test
    void peopleHaveNoStaffScope() {
        var person = new Actor("p", AccountKind.PERSON, Set.of(AccountRole.PERSON), null, null);
        assertThat(person.dataScope().isNone()).isTrue();
        assertThat(person.dataScope().includes(RegionCode.of("371302"), null)).isFalse();
    }
}
