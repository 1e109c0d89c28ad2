package org.gflow.engine.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.task.Attachment;
import org.gflow.engine.errors.BadRequestException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files attached to a case. A file is attached while working a task (so Camunda records it
 * with both the task and the case; the engine lets only those working the task do it) and can
 * be read by anyone who may open the case.
 */
@Component
class CaseAttachments {

    /** The most a name may be: Camunda keeps attachment names in a 255-character column. */
    private static final int NAME_LENGTH = 200;

    private final CaseAccess access;
    private final TaskService taskService;
    private final HistoryService historyService;

    CaseAttachments(CaseAccess access, TaskService taskService, HistoryService historyService) {
        this.access = access;
        this.taskService = taskService;
        this.historyService = historyService;
    }

    List<CaseView.File> list(String processInstanceId) {
        access.open(processInstanceId);
        return taskService.getProcessInstanceAttachments(processInstanceId).stream()
                .map(CaseAttachments::view)
                .sorted(Comparator.comparing(CaseView.File::created, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    CaseView.File attach(String processInstanceId, String taskId, MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BadRequestException("file", "Choose a file to attach.");
        }
        if (taskId == null || taskId.isBlank()) {
            throw new BadRequestException("taskId", "A file is attached while working on one of the case's tasks.");
        }
        // Whoever may open the case learns whether the task is one of its steps; whether they may
        // attach to it is the engine's rule (those working it), answered by createAttachment.
        access.open(processInstanceId);
        if (historyService
                        .createHistoricTaskInstanceQuery()
                        .taskId(taskId)
                        .processInstanceId(processInstanceId)
                        .count()
                == 0) {
            throw new NotFoundException("No task " + taskId + " in case " + processInstanceId);
        }
        try (InputStream content = file.getInputStream()) {
            Attachment attachment = taskService.createAttachment(
                    contentType(file), taskId, processInstanceId, name(file), null, content);
            return view(attachment);
        }
    }

    /** The attachment, if it belongs to this case and the user may open the case. */
    Attachment find(String processInstanceId, String attachmentId) {
        access.open(processInstanceId);
        Attachment attachment = taskService.getAttachment(attachmentId);
        if (attachment == null || !processInstanceId.equals(attachment.getProcessInstanceId())) {
            throw new NotFoundException("No attachment " + attachmentId + " in case " + processInstanceId);
        }
        return attachment;
    }

    InputStream content(Attachment attachment) {
        return taskService.getAttachmentContent(attachment.getId());
    }

    private static String name(MultipartFile file) {
        String original = file.getOriginalFilename();
        String base = original == null || original.isBlank() ? "file" : original.replaceAll("^.*[/\\\\]", "");
        return base.length() <= NAME_LENGTH ? base : base.substring(base.length() - NAME_LENGTH);
    }

    private static String contentType(MultipartFile file) {
        return file.getContentType() == null ? "application/octet-stream" : file.getContentType();
    }

    private static CaseView.File view(Attachment attachment) {
        return new CaseView.File(
                attachment.getId(),
                attachment.getName(),
                attachment.getType(),
                attachment.getCreateTime(),
                attachment.getTaskId());
    }
}
