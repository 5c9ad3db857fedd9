package org.tongban.casework;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseSteps extends JpaRepository<CaseStep, Long> {

    List<CaseStep> findByCaseIdOrderByAtAscIdAsc(Long caseId);
}
