package org.gflow.engine.eoffice;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.gflow.engine.documents.CaseDocumentVariables;
import org.gflow.engine.documents.DocumentService;
import org.gflow.engine.documents.layout.DocumentKind;
import org.springframework.stereotype.Component;

/**
 * The letter as it would be issued, for the person about to sign it: rendered from the case's
 * current variables, marked as a draft, with no registry number, not archived and so not
 * verifiable. Only someone who may work the task (Camunda's {@code TASK_WORK}, checked inside
 * the engine command like claiming and completing) may see it.
 */
@Component
class LetterPreview {

    /** The process whose tasks have a letter to preview. */
    static final String LETTER_PROCESS = "document-approval";

    private final ProcessEngineConfigurationImpl configuration;
    private final DocumentService documents;
    private final CaseDocumentVariables caseVariables;

    LetterPreview(
            ProcessEngineConfiguration configuration, DocumentService documents, CaseDocumentVariables caseVariables) {
        this.configuration = (ProcessEngineConfigurationImpl) configuration;
        this.documents = documents;
        this.caseVariables = caseVariables;
    }

    /** The draft PDF of the letter a task works on. */
    byte[] of(String taskId) {
        Letter letter = configuration.getCommandExecutorTxRequired().execute(context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null || task.getProcessInstanceId() == null) {
                throw new NotFoundException("No task " + taskId);
            }
            for (CommandChecker checker :
                    context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkTaskWork(task);
            }
            ExecutionEntity instance = task.getProcessInstance();
            if (!LETTER_PROCESS.equals(instance.getProcessDefinition().getKey())) {
                throw new NotFoundException("Task " + taskId + " has no letter");
            }
            return new Letter(instance.getId(), instance.getBusinessKey(), instance.getVariables());
        });
        return documents.preview(
                DocumentKind.LETTER,
                letter.businessKey(),
                caseVariables.complete(letter.processInstanceId(), letter.variables()));
    }

    private record Letter(String processInstanceId, String businessKey, Map<String, Object> variables) {}
}
