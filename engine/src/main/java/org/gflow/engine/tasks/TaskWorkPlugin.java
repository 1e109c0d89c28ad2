package org.gflow.engine.tasks;

import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Sets up G-Flow's task rules in the engine: those a task is offered to or given to may work
 * it ({@code TASK_WORK}, not Camunda's default {@code UPDATE}, which would let them reassign
 * it anywhere); the task service checks handovers, comments and files
 * ({@link TaskWorkService}, which also keeps the variable rules); and a case's grants follow its open tasks ({@link CaseGrantSync}).
 */
@Component
class TaskWorkPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setDefaultUserPermissionNameForTask(TaskPermissions.TASK_WORK.getName());
        configuration.setTaskService(new TaskWorkService());

        CaseGrantSync.install(configuration);
    }
}
