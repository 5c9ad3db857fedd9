package org.tongban.casework;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkType;
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
     * The step a case stands at: the open task's id and key ({@code intake}, {@code review}…) and the roles that hold it,
     * written {@code ,APPROVER,WINDOW_CLERK,} so that one role is found with {@code like '%,ROLE,%'}.
     */
    record Position(String taskId, String step, String holderRole) {
        static final Position ENDED = new Position(null, null, null);
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

    /**
     * Completes the case's current task with {@code outcome} and returns where the case stands next. The outcome
     * is a transient variable: the gateways right after the task read it, and nothing keeps it afterwards.
     */
    Position complete(Case aCase, String outcome) {
        Position current = position(aCase.processInstanceId());
        if (current.taskId() == null) {
            throw new BusinessException(CaseError.CASE_CHANGED);
        }
        try {
            tasks.complete(current.taskId(), (Map<String, Object>) null, Map.of("outcome", outcome));
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

    /**
     * Where the process instance stands, read from the engine's runtime tables in one plain query (in the caller's
     * transaction, so it sees what the engine's last command wrote): the open task with its candidate groups. The
     * engine's task query answers the same but builds its dynamic SQL anew on every call, which was the largest
     * single cost of an action under load (decision 8). A process of ours has at most one open task; two mean the
     * case changed underneath.
     */
    private Position position(String instanceId) {
        List<TaskRow> rows = jdbc.sql("""
                select t.id_, t.task_def_key_, t.assignee_, l.group_id_ from act_ru_task t
                left join act_ru_identitylink l on l.task_id_ = t.id_ and l.type_ = ? and l.group_id_ is not null
                where t.proc_inst_id_ = ?""")
                .params(IdentityLinkType.CANDIDATE, instanceId)
                .query((rs, n) -> new TaskRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        if (rows.isEmpty()) {
            return Position.ENDED;
        }
        TaskRow task = rows.get(0);
        if (rows.stream().anyMatch(row -> !row.id().equals(task.id()))) {
            throw new BusinessException(CaseError.CASE_CHANGED);
        }
        if (task.assignee() != null) {
            return new Position(task.id(), task.key(), "," + APPLICANT + ",");
        }
        String groups = rows.stream().map(TaskRow::group).filter(Objects::nonNull).sorted()
                .collect(Collectors.joining(","));
        return new Position(task.id(), task.key(), groups.isEmpty() ? null : "," + groups + ",");
    }

    private record TaskRow(String id, String key, String assignee, String group) {
    }
}
