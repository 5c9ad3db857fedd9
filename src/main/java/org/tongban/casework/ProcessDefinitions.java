package org.tongban.casework;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.FlowableListener;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.catalog.Catalog;
import org.tongban.catalog.CatalogRole;
import org.tongban.identity.AccountRole;
import org.tongban.shared.Actor;
import org.tongban.shared.AuditTrail;
import org.tongban.shared.BusinessException;
import org.tongban.shared.CommonError;
import org.tongban.shared.RegionCode;

/**
 * A listing's own process (自定义流程): an administrator uploads BPMN, which is checked before it is used —
 * well-formed against the BPMN schema, valid for the engine, built only from start and end events, user
 * tasks, exclusive gateways and sequence flows, with no listeners, scripts or service calls, and with the
 * steps casework knows ({@code intake}, {@code review}, {@code completion}, {@code delivery}; optionally
 * {@code correction} and {@code signing}). New cases of the listing then run it; cases already open keep
 * the process they started with.
 */
@Service
public class ProcessDefinitions {

    /** The user-task keys casework maps to steps and statuses. */
    public static final Set<String> KNOWN_STEPS = Set.of("intake", "correction", "review", "signing", "completion",
            "delivery");
    private static final Set<String> REQUIRED_STEPS = Set.of("intake", "review", "completion", "delivery");
    private static final Pattern PROCESS_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{2,63}");
    private static final int MAX_BYTES = 512 * 1024;

    private final RepositoryService repository;
    private final Catalog catalog;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ProcessDefinitions(RepositoryService repository, Catalog catalog, JdbcClient jdbc,
            AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The listing's process after a deployment. */
    public record Deployed(String listingCode, String processKey, int version) {
    }

    @Transactional
    public Deployed deploy(String listingCode, byte[] bpmn, Actor actor) {
        requireAdmin(actor, listingCode);
        Process process = check(bpmn);
        var deployment = repository.createDeployment().name("listing-" + listingCode)
                .addBytes(process.getId() + ".bpmn20.xml", bpmn).deploy();
        var definition = repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
        int updated = jdbc.sql("update listing_process set process_key = ?, deployment_id = ?, deployed_by = ?, "
                + "deployed_at = ? where listing_code = ?")
                .params(definition.getKey(), deployment.getId(), actor.username(),
                        Timestamp.from(clock.instant()), listingCode).update();
        if (updated == 0) {
            jdbc.sql("insert into listing_process (listing_code, process_key, deployment_id, deployed_by, deployed_at) "
                    + "values (?, ?, ?, ?, ?)")
                    .params(listingCode, definition.getKey(), deployment.getId(), actor.username(),
                            Timestamp.from(clock.instant())).update();
        }
        audit.record(actor, "PROCESS_DEPLOYED", "listing", listingCode,
                "process=" + definition.getKey() + " version=" + definition.getVersion());
        return new Deployed(listingCode, definition.getKey(), definition.getVersion());
    }

    /** Goes back to the standard process for new cases of the listing. */
    @Transactional
    public void reset(String listingCode, Actor actor) {
        requireAdmin(actor, listingCode);
        jdbc.sql("delete from listing_process where listing_code = ?").param(listingCode).update();
        audit.record(actor, "PROCESS_RESET", "listing", listingCode, null);
    }

    /** Catalog or system administrators, for a published listing in their data scope. */
    private void requireAdmin(Actor actor, String listingCode) {
        if (!actor.has(CatalogRole.CATALOG_ADMIN) && !actor.has(AccountRole.SYSTEM_ADMIN)) {
            throw new BusinessException(CommonError.FORBIDDEN);
        }
        var item = catalog.published(listingCode == null ? "" : listingCode)
                .orElseThrow(() -> new BusinessException(CaseError.LISTING_NOT_FOUND));
        actor.dataScope().require(RegionCode.of(item.region().code()), item.department().code());
    }

    /** The process in the BPMN, or PROCESS_INVALID naming every problem found. */
    static Process check(byte[] bpmn) {
        if (bpmn == null || bpmn.length == 0 || bpmn.length > MAX_BYTES) {
            throw invalid(CaseError.PROCESS_TOO_LARGE, MAX_BYTES / 1024);
        }
        BpmnModel model;
        try {
            XMLInputFactory factory = XMLInputFactory.newInstance();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(bpmn),
                    StandardCharsets.UTF_8.name());
            model = new BpmnXMLConverter().convertToBpmnModel(reader);
        } catch (Exception e) {
            throw invalid(CaseError.PROCESS_XML_INVALID);
        }
        List<BusinessException.FieldViolation> problems = new ArrayList<>();
        List<Process> processes = model.getProcesses();
        if (processes.size() != 1) {
            throw invalid(CaseError.PROCESS_NOT_ONE);
        }
        Process process = processes.get(0);
        if (process.getId() == null || !PROCESS_ID.matcher(process.getId()).matches()
                || CaseWorkflow.STANDARD_PROCESS.equals(process.getId())) {
            problems.add(problem(CaseError.PROCESS_ID_INVALID, String.valueOf(process.getId())));
        }
        if (!process.getExecutionListeners().isEmpty()) {
            problems.add(problem(CaseError.PROCESS_LISTENER_FORBIDDEN, process.getId()));
        }
        Set<String> steps = new HashSet<>();
        for (FlowElement element : process.getFlowElements()) {
            boolean allowed = element instanceof StartEvent
                    || element instanceof EndEvent || element instanceof UserTask
                    || element instanceof ExclusiveGateway || element instanceof SequenceFlow;
            if (!allowed) {
                problems.add(problem(CaseError.PROCESS_ELEMENT_FORBIDDEN, element.getId()));
                continue;
            }
            if (element instanceof FlowNode node && !node.getExecutionListeners().isEmpty()) {
                problems.add(problem(CaseError.PROCESS_LISTENER_FORBIDDEN, element.getId()));
            }
            if (element instanceof StartEvent start && !start.getEventDefinitions().isEmpty()) {
                problems.add(problem(CaseError.PROCESS_ELEMENT_FORBIDDEN, element.getId()));
            }
            if (element instanceof UserTask task) {
                if (!KNOWN_STEPS.contains(task.getId())) {
                    problems.add(problem(CaseError.PROCESS_STEP_UNKNOWN, task.getId()));
                }
                if (!task.getTaskListeners().isEmpty()) {
                    problems.add(problem(CaseError.PROCESS_LISTENER_FORBIDDEN, task.getId()));
                }
                steps.add(task.getId());
            }
            if (element instanceof SequenceFlow flow && flow.getConditionExpression() != null
                    && !simpleCondition(flow.getConditionExpression())) {
                problems.add(problem(CaseError.PROCESS_CONDITION_FORBIDDEN, flow.getId()));
            }
        }
        for (String required : REQUIRED_STEPS) {
            if (!steps.contains(required)) {
                problems.add(problem(CaseError.PROCESS_STEP_MISSING, required));
            }
        }
        if (problems.isEmpty()) {
            for (ValidationError error : new ProcessValidatorFactory().createDefaultProcessValidator().validate(model)) {
                if (!error.isWarning()) {
                    problems.add(problem(CaseError.PROCESS_ENGINE_ERROR, error.getDefaultDescription()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(CaseError.PROCESS_INVALID, problems, problems.size());
        }
        return process;
    }

    /** Conditions compare the outcome or test the leader-sign flag; nothing else is evaluated. */
    private static boolean simpleCondition(String expression) {
        return expression.strip().matches("\\$\\{\\s*(outcome\\s*[!=]=\\s*'[a-z-]{1,40}'|!?\\s*leaderSign)"
                + "(\\s*(&&|\\|\\|)\\s*(outcome\\s*[!=]=\\s*'[a-z-]{1,40}'|!?\\s*leaderSign))*\\s*}");
    }

    private static BusinessException invalid(CaseError code, Object... arguments) {
        return new BusinessException(CaseError.PROCESS_INVALID, List.of(problem(code, arguments)), 1);
    }

    private static BusinessException.FieldViolation problem(CaseError code, Object... arguments) {
        return new BusinessException.FieldViolation("bpmn", code, arguments);
    }
}
