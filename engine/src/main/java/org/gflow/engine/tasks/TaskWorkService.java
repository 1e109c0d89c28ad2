package org.gflow.engine.tasks;

import java.io.InputStream;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Event;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.gflow.processes.validation.GuardedTaskService;

/**
 * The engine's task service with G-Flow's task rules in front ({@link HandoverRule},
 * {@link TaskWorkRule}), on top of the variable rules of the processes' declarations
 * ({@link GuardedTaskService}): one service, so neither set of rules can replace the other. Every door — {@code /engine-rest}, the inbox API, Camunda's web apps
 * — reaches tasks through this service, so all meet the same rules. A rule runs in the same
 * command as the change it guards. Where G-Flow's rule is the more precise one (a supervisor
 * reassigning a task of their organisation), the change then runs without Camunda's own
 * permission check; the operation log still names who did it.
 */
class TaskWorkService extends GuardedTaskService {

    /** One of G-Flow's checks of a task operation, for a signed-in person. */
    private interface TaskCheck {
        void check(CommandContext context, TaskEntity task, Acting actor);
    }

    private final HandoverRule handover = new HandoverRule();
    private final TaskWorkRule work = new TaskWorkRule();

    // --- who holds the task -------------------------------------------------------------

    @Override
    public void setAssignee(String taskId, String userId) {
        decided(taskId, assigning(userId), () -> super.setAssignee(taskId, userId));
    }

    @Override
    public void claim(String taskId, String userId) {
        // claiming for oneself is working the task (Camunda's TASK_WORK); for someone else it is a handover
        if (userId == null || userId.equals(actingUserId())) {
            super.claim(taskId, userId);
        } else {
            decided(
                    taskId,
                    (context, task, actor) -> handover.handOver(context, task, userId, actor),
                    () -> super.claim(taskId, userId));
        }
    }

    @Override
    public void delegateTask(String taskId, String userId) {
        decided(taskId, assigning(userId), () -> super.delegateTask(taskId, userId));
    }

    @Override
    public void setOwner(String taskId, String userId) {
        decided(taskId, owning(userId), () -> super.setOwner(taskId, userId));
    }

    // --- whom it is offered to ------------------------------------------------------------

    @Override
    public void addCandidateUser(String taskId, String userId) {
        addUserIdentityLink(taskId, userId, IdentityLinkType.CANDIDATE);
    }

    @Override
    public void addCandidateGroup(String taskId, String groupId) {
        addGroupIdentityLink(taskId, groupId, IdentityLinkType.CANDIDATE);
    }

    @Override
    public void addUserIdentityLink(String taskId, String userId, String type) {
        TaskCheck check = switch (String.valueOf(type)) {
            case IdentityLinkType.ASSIGNEE -> assigning(userId);
            case IdentityLinkType.OWNER -> owning(userId);
            default -> (context, task, actor) -> handover.offerToUser(context, task, userId, actor);
        };
        decided(taskId, check, () -> super.addUserIdentityLink(taskId, userId, type));
    }

    @Override
    public void addGroupIdentityLink(String taskId, String groupId, String type) {
        decided(
                taskId,
                (context, task, actor) -> handover.offerToGroup(context, task, groupId, actor),
                () -> super.addGroupIdentityLink(taskId, groupId, type));
    }

    @Override
    public void deleteCandidateUser(String taskId, String userId) {
        deleteUserIdentityLink(taskId, userId, IdentityLinkType.CANDIDATE);
    }

    @Override
    public void deleteCandidateGroup(String taskId, String groupId) {
        deleteGroupIdentityLink(taskId, groupId, IdentityLinkType.CANDIDATE);
    }

    @Override
    public void deleteUserIdentityLink(String taskId, String userId, String type) {
        TaskCheck check = IdentityLinkType.ASSIGNEE.equals(type) ? handover::release : handover::reorganise;
        decided(taskId, check, () -> super.deleteUserIdentityLink(taskId, userId, type));
    }

    @Override
    public void deleteGroupIdentityLink(String taskId, String groupId, String type) {
        decided(taskId, handover::reorganise, () -> super.deleteGroupIdentityLink(taskId, groupId, type));
    }

    // --- its dates, priority and descriptions -----------------------------------------------

    @Override
    public void setPriority(String taskId, int priority) {
        decided(taskId, handover::reorganise, () -> super.setPriority(taskId, priority));
    }

    @Override
    public void setDueDate(String taskId, Date dueDate) {
        decided(taskId, handover::reorganise, () -> super.setDueDate(taskId, dueDate));
    }

    @Override
    public void setFollowUpDate(String taskId, Date followUpDate) {
        decided(taskId, handover::reorganise, () -> super.setFollowUpDate(taskId, followUpDate));
    }

    @Override
    public void setName(String taskId, String name) {
        decided(taskId, handover::reorganise, () -> super.setName(taskId, name));
    }

    @Override
    public void setDescription(String taskId, String description) {
        decided(taskId, handover::reorganise, () -> super.setDescription(taskId, description));
    }

    /** Saving a changed task (REST {@code PUT /task/{id}}) may change all of the above at once. */
    @Override
    public void saveTask(Task changed) {
        if (changed.getId() == null) {
            super.saveTask(changed); // a new stand-alone task: Camunda's CREATE permission decides
            return;
        }
        decided(
                changed.getId(),
                (context, stored, actor) -> {
                    handover.reorganise(context, stored, actor);
                    if (changed.getAssignee() != null && !changed.getAssignee().equals(stored.getAssignee())) {
                        handover.handOver(context, stored, changed.getAssignee(), actor);
                    }
                    if (changed.getOwner() != null && !Objects.equals(changed.getOwner(), stored.getOwner())) {
                        handover.offerToUser(context, stored, changed.getOwner(), actor);
                    }
                },
                () -> super.saveTask(changed));
    }

    // --- comments and files -------------------------------------------------------------------

    @Override
    public Comment createComment(String taskId, String processInstanceId, String message) {
        return checked(taskId, processInstanceId, () -> super.createComment(taskId, processInstanceId, message));
    }

    @Override
    @SuppressWarnings("deprecation")
    public void addComment(String taskId, String processInstanceId, String message) {
        createComment(taskId, processInstanceId, message);
    }

    @Override
    public Attachment createAttachment(
            String type,
            String taskId,
            String processInstanceId,
            String name,
            String description,
            InputStream content) {
        return checked(
                taskId,
                processInstanceId,
                () -> super.createAttachment(type, taskId, processInstanceId, name, description, content));
    }

    @Override
    public Attachment createAttachment(
            String type, String taskId, String processInstanceId, String name, String description, String url) {
        return checked(
                taskId,
                processInstanceId,
                () -> super.createAttachment(type, taskId, processInstanceId, name, description, url));
    }

    @Override
    public void saveAttachment(Attachment attachment) {
        checked(attachment.getTaskId(), attachment.getProcessInstanceId(), () -> {
            super.saveAttachment(attachment);
            return null;
        });
    }

    @Override
    public void deleteAttachment(String attachmentId) {
        commandExecutor.execute(context -> {
            AttachmentEntity attachment = context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
            if (attachment != null) {
                writeCheck(context, attachment.getTaskId(), attachment.getProcessInstanceId());
            }
            super.deleteAttachment(attachmentId);
            return null;
        });
    }

    @Override
    public void deleteTaskAttachment(String taskId, String attachmentId) {
        checked(taskId, null, () -> {
            super.deleteTaskAttachment(taskId, attachmentId);
            return null;
        });
    }

    @Override
    public List<Comment> getTaskComments(String taskId) {
        return readingTask(taskId, () -> super.getTaskComments(taskId));
    }

    @Override
    public Comment getTaskComment(String taskId, String commentId) {
        return readingTask(taskId, () -> super.getTaskComment(taskId, commentId));
    }

    @Override
    public List<Event> getTaskEvents(String taskId) {
        return readingTask(taskId, () -> super.getTaskEvents(taskId));
    }

    @Override
    public List<Attachment> getTaskAttachments(String taskId) {
        return readingTask(taskId, () -> super.getTaskAttachments(taskId));
    }

    @Override
    public Attachment getTaskAttachment(String taskId, String attachmentId) {
        return readingTask(taskId, () -> super.getTaskAttachment(taskId, attachmentId));
    }

    @Override
    public InputStream getTaskAttachmentContent(String taskId, String attachmentId) {
        return readingTask(taskId, () -> super.getTaskAttachmentContent(taskId, attachmentId));
    }

    @Override
    public List<Comment> getProcessInstanceComments(String processInstanceId) {
        return readingCase(processInstanceId, () -> super.getProcessInstanceComments(processInstanceId));
    }

    @Override
    public List<Attachment> getProcessInstanceAttachments(String processInstanceId) {
        return readingCase(processInstanceId, () -> super.getProcessInstanceAttachments(processInstanceId));
    }

    @Override
    public Attachment getAttachment(String attachmentId) {
        return readingAttachment(attachmentId, () -> super.getAttachment(attachmentId));
    }

    @Override
    public InputStream getAttachmentContent(String attachmentId) {
        return readingAttachment(attachmentId, () -> super.getAttachmentContent(attachmentId));
    }

    // --- how the rules run ----------------------------------------------------------------------

    private TaskCheck assigning(String userId) {
        return userId == null
                ? handover::release
                : (context, task, actor) -> handover.handOver(context, task, userId, actor);
    }

    private TaskCheck owning(String userId) {
        return userId == null
                ? handover::reorganise
                : (context, task, actor) -> handover.offerToUser(context, task, userId, actor);
    }

    /**
     * Runs the change after G-Flow's rule allowed it, without Camunda's own check: the rule is
     * the decision. For the engine's own work (no one signed in) Camunda's behaviour is unchanged.
     */
    private void decided(String taskId, TaskCheck rule, Runnable change) {
        commandExecutor.execute(context -> {
            TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
            Acting actor = Acting.in(context).orElse(null);
            if (actor == null || task == null) {
                change.run(); // nothing to decide: Camunda reports a missing task its own way
                return null;
            }
            handover.requireSight(context, task, actor);
            rule.check(context, task, actor);
            context.disableAuthorizationCheck();
            try {
                change.run();
            } finally {
                context.enableAuthorizationCheck();
            }
            return null;
        });
    }

    /** Runs a comment or file change after the right to work the task (or the case) is confirmed. */
    private <T> T checked(String taskId, String processInstanceId, Supplier<T> change) {
        return commandExecutor.execute(context -> {
            writeCheck(context, taskId, processInstanceId);
            return change.get();
        });
    }

    private void writeCheck(CommandContext context, String taskId, String processInstanceId) {
        Acting actor = Acting.in(context).orElse(null);
        if (actor == null) {
            return;
        }
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task != null) {
            work.work(context, task, actor);
        } else if (taskId == null && processInstanceId != null) {
            work.workOnCase(context, processInstanceId, actor);
        } else if (taskId != null && !actor.admin()) {
            throw new TaskRefusal(
                    TaskRefusal.TASK_FINISHED, "This task is finished: comments and files go to its open tasks.");
        }
    }

    private <T> T readingTask(String taskId, Supplier<T> read) {
        return commandExecutor.execute(context -> {
            Acting.in(context).ifPresent(actor -> work.readTask(context, taskId, actor));
            return read.get();
        });
    }

    private <T> T readingCase(String processInstanceId, Supplier<T> read) {
        return commandExecutor.execute(context -> {
            Acting.in(context).ifPresent(actor -> work.readCase(context, processInstanceId, actor));
            return read.get();
        });
    }

    private <T> T readingAttachment(String attachmentId, Supplier<T> read) {
        return commandExecutor.execute(context -> {
            Acting actor = Acting.in(context).orElse(null);
            AttachmentEntity attachment = context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId);
            if (actor != null && attachment != null) {
                if (attachment.getTaskId() != null) {
                    work.readTask(context, attachment.getTaskId(), actor);
                } else if (attachment.getProcessInstanceId() != null) {
                    work.readCase(context, attachment.getProcessInstanceId(), actor);
                }
            }
            return read.get();
        });
    }

    private String actingUserId() {
        return commandExecutor.execute(
                context -> Acting.in(context).map(Acting::userId).orElse(null));
    }
}
