package org.tongban.identity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** All handler authorisations. */
interface HandlerAuthorizations extends JpaRepository<HandlerAuthorization, Long> {

    List<HandlerAuthorization> findByEnterpriseAccountIdOrderByIdDesc(Long enterpriseAccountId);

    List<HandlerAuthorization> findByHandlerAccountIdOrderByIdDesc(Long handlerAccountId);

    List<HandlerAuthorization> findByEnterpriseAccountIdAndHandlerAccountIdOrderByIdDesc(Long enterpriseAccountId,
            Long handlerAccountId);
}
