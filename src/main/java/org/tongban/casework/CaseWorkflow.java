package org.tongban.casework;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongban.shared.BusinessException;

/**
 * The case's side of the BPMN engine: starts a listing's process (its own, or the standard one), completes
 * the current task with the action taken as {@code outcome}, and tells which step the case is at and
 * which role holds it. Everything runs in the caller's transaction, so a case and its process instance
 * change together or not at all.
 */
@Component
class CaseWorkflow {

    static final String STANDARD_PROCESS = "standardCase";
    /** The role that holds a case whose current task is the applicant's (补正). */
    static final String APPLICANT = "APPLICANT";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final JdbcClient jdbc;

    CaseWorkflow(RuntimeService runtime, TaskService tasks, JdbcClient jdbc) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    /**
     * The step a case stands at: the task's key ({@code intake}, {@code review}…) and the roles that hold it,
     * written {@code ,APPROVER,WINDOW_CLERK,} so that one role is found with {@code like '%,ROLE,%'}.
     */
    record Position(String step, String holderRole) {
        static final Position ENDED = new Position(null, null);
    }

    /** Starts the listing's process for a new case, which then stands at the process's first step. */
    void start(Case aCase) {
        String processKey = jdbc.sql("select process_key from listing_process where listing_code = ?")
                .param(aCase.listingCode()).query(String.class).optional().orElse(STANDARD_PROCESS);
        Map<String, Object> variables = Map.of(
                "applicant", aCase.applicantUsername() == null ? APPLICANT : aCase.applicantUsername(),
                "reviewGroups", "IMMEDIATE".equals(aCase.processingKind()) ? "APPROVER,WINDOW_CLERK" : "APPROVER",
                "leaderSign", aCase.leaderSign());
        String instanceId = runtime.startProcessInstanceByKey(processKey, aCase.caseNumber(), variables).getId();
        aCase.started(instanceId, position(instanceId).holderRole());
    }

    /** Completes the case's current task with {@code outcome} and returns where the case stands next. */
    Position complete(Case aCase, String outcome) {
        Task task = currentTask(aCase);
        try {
            tasks.complete(task.getId(), Map.of("outcome", outcome));
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException e) {
            throw new BusinessException(CaseError.CASE_CHANGED);
        }
        return position(aCase.processInstanceId());
    }

    /** The current task's key, or null when the process has ended. */
    String currentStep(Case aCase) {
        return position(aCase.processInstanceId()).step();
    }

    /** Ends the case's process (withdrawal). */
    void terminate(Case aCase, String reason) {
        if (runtime.createProcessInstanceQuery().processInstanceId(aCase.processInstanceId()).count() > 0) {
            runtime.deleteProcessInstance(aCase.processInstanceId(), reason);
        }
    }

    private Task currentTask(Case aCase) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(aCase.processInstanceId()).list();
        if (open.size() != 1) {
            throw new BusinessException(CaseError.CASE_CHANGED);
        }
        return open.get(0);
    }

    private Position position(String instanceId) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(instanceId).includeIdentityLinks().list();
        if (open.isEmpty()) {
            return Position.ENDED;
        }
        Task task = open.get(0);
        if (task.getAssignee() != null) {
            return new Position(task.getTaskDefinitionKey(), "," + APPLICANT + ",");
        }
        String groups = task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> link.getGroupId()).sorted().collect(Collectors.joining(","));
        return new Position(task.getTaskDefinitionKey(), groups.isEmpty() ? null : "," + groups + ",");
    }
}
