package org.gflow.engine.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * Commenting on a task and attaching files to it is working on it. The Office's triage officer,
 * who may read every hotline case, may not write on a task Bokeo is working — neither through
 * Camunda's REST API nor through the inbox — while Bokeo's verifier may; and another ministry
 * reads none of it.
 */
class CommentsAndAttachmentsIT extends EngineIT {

    private static final String BOUNDARY = "gflow-security-boundary";
    private static final String TRIAGE = "vilayvanh.opm";
    private static final String BOKEO_VERIFIER = "nalinh.bokeo";

    @Test
    void onlyThoseWorkingATaskCommentOnItAndAttachFiles() {
        SecurityCases.Hotline complaint = new SecurityCases(baseUrl()).bokeoComplaintAwaitingVerification();
        String task = "/engine-rest/task/" + complaint.verifyTask();
        Api triage = Api.as(baseUrl(), TRIAGE);

        Api.Reply comment = triage.post(task + "/comment/create", Map.of("message", "ຄວາມເຫັນຂອງຫ້ອງວ່າການ"));
        refused(comment, "Only those who work on this task");
        refused(
                triage.postRaw(
                        task + "/attachment/create", "multipart/form-data; boundary=" + BOUNDARY, restAttachment()),
                "Only those who work on this task");
        Api.Reply inboxFile = triage.postRaw(
                "/api/inbox/cases/" + complaint.caseId() + "/attachments",
                "multipart/form-data; boundary=" + BOUNDARY,
                inboxAttachment(complaint.verifyTask()));
        refused(inboxFile, "Only those who work on this task");

        Api verifier = Api.as(baseUrl(), BOKEO_VERIFIER);
        assertThat(verifier.post(task + "/comment/create", Map.of("message", "ໂທຫາການປະປາແຂວງແລ້ວ"))
                        .status())
                .isEqualTo(200);
        Api.Reply attached = verifier.postRaw(
                task + "/attachment/create", "multipart/form-data; boundary=" + BOUNDARY, restAttachment());
        assertThat(attached.status()).as(attached.raw().body()).isEqualTo(200);
        assertThat(verifier.postRaw(
                                "/api/inbox/cases/" + complaint.caseId() + "/attachments",
                                "multipart/form-data; boundary=" + BOUNDARY,
                                inboxAttachment(complaint.verifyTask()))
                        .status())
                .isEqualTo(201);

        assertThat(verifier.get(task + "/comment").json().toString())
                .contains("ໂທຫາການປະປາແຂວງແລ້ວ")
                .doesNotContain("ຄວາມເຫັນຂອງຫ້ອງວ່າການ");
        Api moic = Api.as(baseUrl(), "ounkham.moic");
        for (String path : new String[] {
            task + "/comment",
            task + "/attachment",
            task + "/attachment/" + attached.text("id"),
            task + "/attachment/" + attached.text("id") + "/data",
            "/engine-rest/process-instance/" + complaint.caseId() + "/comment",
            "/api/inbox/cases/" + complaint.caseId() + "/timeline",
            "/api/inbox/cases/" + complaint.caseId() + "/attachments"
        }) {
            Api.Reply read = moic.download(path);
            assertThat(read.status()).as(path).isIn(400, 403, 404);
            assertThat(read.raw().body()).as(path).doesNotContain("ໂທຫາການປະປາ").doesNotContain("ເສົາ");
        }
    }

    private static void refused(Api.Reply reply, String because) {
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(403);
        assertThat(reply.raw().body()).contains(because);
    }

    private static byte[] restAttachment() {
        return SecurityCases.multipart(
                BOUNDARY,
                Map.of("attachment-name", "ຮູບທໍ່ນ້ຳ.txt", "attachment-type", "text/plain"),
                "content",
                "ຮູບທໍ່ນ້ຳ.txt",
                "ທໍ່ນ້ຳແຕກ ໃກ້ເສົາໄຟ");
    }

    private static byte[] inboxAttachment(String taskId) {
        return SecurityCases.multipart(
                BOUNDARY, Map.of("taskId", taskId), "file", "ບົດບັນທຶກ.txt", "ທໍ່ນ້ຳແຕກ ໃກ້ເສົາໄຟ");
    }
}
