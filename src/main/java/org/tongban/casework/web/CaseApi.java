package org.tongban.casework.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.casework.ActionRequest;
import org.tongban.casework.CaseActions;
import org.tongban.casework.CaseNumber;
import org.tongban.casework.CaseQueries;
import org.tongban.casework.CaseStatus;
import org.tongban.casework.Light;
import org.tongban.casework.ProcessDefinitions;
import org.tongban.shared.Actors;
import org.tongban.shared.InputCheck;

/** Cases over HTTP: one case, actions on it, a member of staff's inbox and an applicant's own cases. */
@RestController
@RequestMapping("/api/v1")
class CaseApi {

    private final CaseQueries queries;
    private final CaseActions actions;
    private final ProcessDefinitions processes;

    CaseApi(CaseQueries queries, CaseActions actions, ProcessDefinitions processes) {
        this.queries = queries;
        this.actions = actions;
        this.processes = processes;
    }

    /** A listing's own BPMN process (the request body is the BPMN XML); checked before it is deployed. */
    @PutMapping(path = "/items/{code}/process",
            consumes = {"application/xml", "text/xml", "application/octet-stream"})
    ProcessDefinitions.Deployed deployProcess(@PathVariable String code, @RequestBody byte[] bpmn) {
        return processes.deploy(code, bpmn, Actors.current());
    }

    @DeleteMapping("/items/{code}/process")
    ResponseEntity<Void> resetProcess(@PathVariable String code) {
        processes.reset(code, Actors.current());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/cases/{caseNumber}")
    CaseQueries.CaseView view(@PathVariable String caseNumber) {
        return queries.view(CaseNumber.of(caseNumber), Actors.current());
    }

    @PostMapping("/cases/{caseNumber}/actions")
    CaseActions.Outcome act(@PathVariable String caseNumber, @RequestBody ActionRequest request) {
        return actions.act(CaseNumber.of(caseNumber), request, Actors.current());
    }

    @GetMapping("/tasks")
    CaseQueries.CasePage tasks(@RequestParam(required = false) String status,
            @RequestParam(required = false) String light, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return queries.inbox(Actors.current(), InputCheck.enumParameter(CaseStatus.class, "status", status),
                InputCheck.enumParameter(Light.class, "light", light), page, size);
    }

    @GetMapping("/me/cases")
    CaseQueries.CasePage mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return queries.mine(Actors.current(), page, size);
    }
}
