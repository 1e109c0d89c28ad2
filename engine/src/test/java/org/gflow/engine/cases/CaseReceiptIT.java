package org.gflow.engine.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.Api.eventually;
import static org.gflow.engine.CamundaJson.variables;

import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * The operator who recorded a call reads its number — and an access code — back to the caller,
 * even after the case has moved on to the Office; nobody else learns anything from the receipt.
 */
class CaseReceiptIT extends EngineIT {

    private static final String OPERATOR = "phonsavanh.opm";

    @Test
    void theOperatorReadsTheTrackingNumberAndACodeBackThatOpenTheCitizensPage() {
        Api operator = Api.as(baseUrl(), OPERATOR);
        String caseId = operator.startPhoneComplaint(
                "ນ້ຳປະປາບ້ານໂພນສະຫວັນບໍ່ໄຫຼມາສອງອາທິດແລ້ວ", "public-service", "xaisomboun");
        String receipt = "/api/inbox/cases/" + caseId + "/receipt";

        eventually(
                "the tracking number is on the receipt",
                () -> operator.get(receipt).text("reference").startsWith("1516-"));
        String trackingNumber = operator.get(receipt).text("reference");
        assertThat(operator.get(receipt).text("processKey")).isEqualTo("hotline-1516");

        // the receipt may show the number before the registration step has ended; a code waits for it (409)
        String codes = "/api/inbox/cases/" + caseId + "/tracking-code";
        eventually("a code can be issued", () -> operator.post(codes, null).status() == 200);
        Api.Reply code = operator.post(codes, null);
        assertThat(code.status()).as(code.json().toString()).isEqualTo(200);
        assertThat(code.text("trackingNumber")).isEqualTo(trackingNumber);
        String track = "/api/public/hotline/complaints/" + trackingNumber + "?code=";
        Api citizen = Api.anonymous(baseUrl());
        assertThat(citizen.get(track + code.text("trackingCode")).status()).isEqualTo(200);
        assertThat(citizen.get(track + "WRONGCOD").status()).isEqualTo(404);

        // a second code replaces the first: only what the operator read last opens the page
        String second = operator.post("/api/inbox/cases/" + caseId + "/tracking-code", null)
                .text("trackingCode");
        assertThat(citizen.get(track + second).status()).isEqualTo(200);
        assertThat(citizen.get(track + code.text("trackingCode")).status()).isEqualTo(404);
    }

    @Test
    void nobodyButTheStarterGetsTheReceiptOrACode() {
        Api operator = Api.as(baseUrl(), OPERATOR);
        String caseId = operator.post(
                        "/engine-rest/process-definition/key/hotline-1516/start",
                        variables(
                                "channel", "phone",
                                "complaintText", "ໄຟຟ້າດັບທຸກຄືນຢູ່ບ້ານນາຊາຍ ເມືອງຫ້ວຍຊາຍ",
                                "category", "public-service",
                                "province", "bokeo"))
                .text("id");
        for (String other : new String[] {"vilayvanh.opm", "nalinh.bokeo", "ounkham.moic"}) {
            Api someone = Api.as(baseUrl(), other);
            assertThat(someone.get("/api/inbox/cases/" + caseId + "/receipt").status())
                    .as(other)
                    .isEqualTo(404);
            assertThat(someone.post("/api/inbox/cases/" + caseId + "/tracking-code", null)
                            .status())
                    .as(other)
                    .isEqualTo(404);
        }
        assertThat(Api.anonymous(baseUrl())
                        .get("/api/inbox/cases/" + caseId + "/receipt")
                        .status())
                .isEqualTo(401);
    }
}
