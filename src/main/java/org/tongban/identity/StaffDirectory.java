package org.tongban.identity;

import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.shared.Actor;
import org.tongban.shared.BusinessException;
import org.tongban.shared.DataScope;
import org.tongban.shared.Masking;
import org.tongban.shared.RegionCode;
import org.tongban.shared.Role;

/** Staff records, visible only within the reader's data scope, enforced in the query. */
@Service
@Transactional(readOnly = true)
public class StaffDirectory {

    private final StaffMembers staff;
    private final Accounts accounts;

    private final RoleDirectory roles;

    StaffDirectory(StaffMembers staff, Accounts accounts, RoleDirectory roles) {
        this.roles = roles;
        this.staff = staff;
        this.accounts = accounts;
    }

    /** A member of staff as colleagues see them: the name masked. */
    public record StaffView(String username, String name, String regionCode, String departmentCode, Set<Role> roles) {
    }

    public List<StaffView> visibleTo(Actor reader, int limit) {
        DataScope scope = reader.dataScope();
        if (scope.isNone()) {
            return List.of();
        }
        return staff.findInScope(scope.regionPattern(), scope.departmentCode(), PageRequest.of(0, limit)).stream()
                .map(this::view).toList();
    }

    /** One member of staff; refused when outside the reader's scope. */
    public StaffView get(Actor reader, String username) {
        Staff member = accounts.findByUsername(username).flatMap(a -> staff.findById(a.id()))
                .orElseThrow(() -> new BusinessException(IdentityError.STAFF_NOT_FOUND));
        reader.dataScope().require(RegionCode.of(member.regionCode()), member.departmentCode());
        return view(member);
    }

    private StaffView view(Staff member) {
        String username = accounts.findById(member.accountId()).map(Account::username).orElseThrow();
        return new StaffView(username, Masking.name(member.name()), member.regionCode(), member.departmentCode(),
                roles.all(member.roleNames()));
    }
}
