package org.tongban.casework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClockStops extends JpaRepository<ClockStop, Long> {

    List<ClockStop> findByCaseIdOrderByStartedOnAscIdAsc(Long caseId);

    Optional<ClockStop> findFirstByCaseIdAndEndedOnIsNull(Long caseId);
}
