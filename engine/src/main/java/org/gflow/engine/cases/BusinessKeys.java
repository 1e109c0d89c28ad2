package org.gflow.engine.cases;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * Gives a running case the business key it is known by — a tracking or application number —
 * after it has started, in its runtime and its history alike (Camunda's public API sets a
 * business key only at the start or from inside the process).
 */
@Component
public class BusinessKeys {

    private final CommandExecutor commands;

    BusinessKeys(ProcessEngine engine) {
        this.commands =
                ((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired();
    }

    public void set(String processInstanceId, String businessKey) {
        commands.execute(context -> {
            ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
            if (instance == null || !instance.isProcessInstanceExecution()) {
                throw new NotFoundException("No running case " + processInstanceId);
            }
            if (!businessKey.equals(instance.getBusinessKey())) {
                instance.setProcessBusinessKey(businessKey);
            }
            return null;
        });
    }
}
