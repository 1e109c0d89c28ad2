package org.gflow.engine.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.task.Attachment;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.security.CurrentUser;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The inbox API under {@code /api/inbox}; see the package documentation. */
@RestController
@RequestMapping("/api/inbox")
class InboxController {

    private static final String USER = CurrentUser.REQUEST_ATTRIBUTE;

    record Changes(long newTasks, Date serverTime) {}

    record Handover(String userId) {}

    private final TaskList taskList;
    private final TaskHandover handover;
    private final CaseHistory history;
    private final CaseAttachments attachments;
    private final BulkTaskWork bulk;
    private final BulkCompletion bulkCompletion;
    private final CaseMessages messages;

    InboxController(
            TaskList taskList,
            TaskHandover handover,
            CaseHistory history,
            CaseAttachments attachments,
            BulkTaskWork bulk,
            BulkCompletion bulkCompletion,
            CaseMessages messages) {
        this.taskList = taskList;
        this.handover = handover;
        this.history = history;
        this.attachments = attachments;
        this.bulk = bulk;
        this.bulkCompletion = bulkCompletion;
        this.messages = messages;
    }

    @GetMapping("/tasks")
    TaskSummary.Page tasks(
            @RequestParam(name = "scope", required = false) String scope,
            @RequestParam(name = "process", required = false) String process,
            @RequestParam(name = "org", required = false) String org,
            @RequestParam(name = "due", required = false) String due,
            @RequestParam(name = "createdAfter", required = false) String createdAfter,
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "sort", required = false) String sort,
            @RequestParam(name = "order", required = false) String order,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "20") int size,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
            @RequestAttribute(USER) CurrentUser user) {
        return taskList.page(
                new TaskListRequest(scope, process, org, due, createdAfter, q, sort, order, page, size, language),
                user);
    }

    @GetMapping("/tasks/changes")
    Changes changes(
            @RequestParam(name = "since", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    Date since,
            @RequestAttribute(USER) CurrentUser user) {
        if (since == null) {
            throw new BadRequestException("since", "since must be a time such as 2026-03-01T08:00:00Z.");
        }
        return new Changes(taskList.arrivedSince(since, user), taskList.now());
    }

    @GetMapping("/tasks/{taskId}/colleagues")
    List<TaskHandover.Colleague> colleagues(
            @PathVariable("taskId") String taskId, @RequestAttribute(USER) CurrentUser user) {
        return handover.colleagues(taskId, user);
    }

    @PostMapping("/tasks/{taskId}/handover")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void handOver(@PathVariable("taskId") String taskId, @RequestBody Handover body) {
        handover.handOver(taskId, body.userId());
    }

    /**
     * Claims, releases, hands over or completes many tasks at once: each task through the same engine rules
     * as one, each with its own outcome — a partial failure is an answer, not an error.
     */
    @PostMapping("/tasks/bulk")
    BulkTaskWork.BulkResult bulk(@RequestBody BulkTaskWork.BulkRequest body, @RequestAttribute(USER) CurrentUser user) {
        return bulk.apply(body, user);
    }

    /** The tasks whose models allow completing many at once with one answer (by model and task key). */
    @GetMapping("/tasks/bulk-completable")
    List<BulkCompletion.Completable> bulkCompletable() {
        return bulkCompletion.completable();
    }

    @GetMapping("/cases/{processInstanceId}")
    CaseView caseSummary(@PathVariable("processInstanceId") String processInstanceId) {
        return history.summary(processInstanceId);
    }

    @GetMapping("/cases/{processInstanceId}/timeline")
    List<CaseView.Entry> timeline(@PathVariable("processInstanceId") String processInstanceId) {
        return history.timeline(processInstanceId);
    }

    /** The delivery state of the case's messages (SMS, e-mail, inbox), oldest first. */
    @GetMapping("/cases/{processInstanceId}/messages")
    List<CaseMessages.CaseMessage> messages(@PathVariable("processInstanceId") String processInstanceId) {
        return messages.list(processInstanceId);
    }

    @GetMapping("/cases/{processInstanceId}/attachments")
    List<CaseView.File> attachments(@PathVariable("processInstanceId") String processInstanceId) {
        return attachments.list(processInstanceId);
    }

    @PostMapping(path = "/cases/{processInstanceId}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    CaseView.File attach(
            @PathVariable("processInstanceId") String processInstanceId,
            @RequestParam(name = "taskId", required = false) String taskId,
            @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        return attachments.attach(processInstanceId, taskId, file);
    }

    @GetMapping("/cases/{processInstanceId}/attachments/{attachmentId}")
    ResponseEntity<InputStreamResource> attachment(
            @PathVariable("processInstanceId") String processInstanceId,
            @PathVariable("attachmentId") String attachmentId) {
        Attachment attachment = attachments.find(processInstanceId, attachmentId);
        InputStream content = attachments.content(attachment);
        if (content == null) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(attachment.getName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                // Served as a download of opaque bytes: an uploaded HTML file never runs in our origin.
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new InputStreamResource(content));
    }
}
