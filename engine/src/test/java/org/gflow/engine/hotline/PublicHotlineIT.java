package org.gflow.engine.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.IntFunction;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/** A citizen files a complaint on the public page and follows it by its tracking number. */
class PublicHotlineIT extends EngineIT {

    @Test
    void aFiledComplaintGetsATrackingNumberAndCanBeFollowed() {
        Api citizen = Api.anonymous(baseUrl());
        Api.Reply filed = citizen.post(
                "/api/public/hotline/complaints",
                Map.of(
                        "complaintText",
                        "ມີການຈອດລົດກີດຂວາງທາງຍ່າງ ຢູ່ໜ້າຕະຫຼາດເຊົ້າ ທຸກມື້",
                        "category",
                        "transport",
                        "province",
                        "vientiane",
                        "citizenPhone",
                        "020 9999 8888"));
        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        String trackingNumber = filed.text("trackingNumber");
        String code = filed.text("trackingCode");
        assertThat(trackingNumber).matches("1516-\\d{4}-\\d{6}");
        assertThat(code).matches("[A-Z2-9]{8}");

        Api.Reply status = citizen.get("/api/public/hotline/complaints/" + trackingNumber + "?code=" + code);
        assertThat(status.status()).isEqualTo(200);
        Api.Reply typedLoosely = citizen.get("/api/public/hotline/complaints/" + trackingNumber + "?code="
                + code.substring(0, 4).toLowerCase() + "-" + code.substring(4));
        assertThat(typedLoosely.status()).isEqualTo(200);
        assertThat(status.text("stage")).isEqualTo("RECEIVED");
        assertThat(status.raw().body()).doesNotContain("9999").doesNotContain("ຈອດລົດ");

        Api admin = Api.as(baseUrl(), "admin");
        Api.eventually(
                "the case carries the same tracking number",
                () -> admin.get("/engine-rest/process-instance?businessKey=" + trackingNumber)
                                .json()
                                .size()
                        == 1);
    }

    @Test
    void aComplaintWithoutTextIsRefusedNamingTheFieldAndStartsNothing() {
        Api citizen = Api.anonymous(baseUrl());
        long before = Api.as(baseUrl(), "admin")
                .get("/engine-rest/history/process-instance/count?processDefinitionKey=hotline-1516")
                .json()
                .path("count")
                .asLong();
        Api.Reply refused =
                citizen.post("/api/public/hotline/complaints", Map.of("category", "transport", "province", "bokeo"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("field")).isEqualTo("complaintText");
        Api.Reply hostile = citizen.post(
                "/api/public/hotline/complaints",
                Map.of(
                        "complaintText",
                        "ຂໍ້ຄວາມທີ່ຍາວພໍ ແຕ່ແຂວງບໍ່ມີ",
                        "category",
                        "transport",
                        "province",
                        "atlantis"));
        assertThat(hostile.status()).isEqualTo(400);
        assertThat(hostile.text("field")).isEqualTo("province");
        assertThat(Api.as(baseUrl(), "admin")
                        .get("/engine-rest/history/process-instance/count?processDefinitionKey=hotline-1516")
                        .json()
                        .path("count")
                        .asLong())
                .isEqualTo(before);
    }

    @Test
    void everyWrongFieldIsNamedAtOnceAndLaoTextIsCountedAsItIsRead() {
        Api.Reply refused = Api.anonymous(baseUrl())
                .post(
                        "/api/public/hotline/complaints",
                        Map.of("complaintText", "ນ້ຳປະປາ", "category", "weather", "province", "atlantis"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw().headers().firstValue("Content-Type"))
                .hasValueSatisfying(type ->
                        assertThat(type).as("an error is a problem detail").startsWith("application/problem+json"));
        assertThat(refused.text("type")).isEqualTo("urn:gflow:problem:invalid-field");
        assertThat(refused.text("code")).as("the code the web app translates").isEqualTo("invalid-field");
        assertThat(refused.json().path("status").asInt()).isEqualTo(400);
        JsonNode fields = refused.json().path("fields");
        assertThat(fields.findValuesAsText("field")).containsExactlyInAnyOrder("complaintText", "category", "province");
        assertThat(refused.json().path("detail").asText())
                .as("ນ້ຳປະປາ is 5 characters to a reader, not 7 code points")
                .contains("got 5");
    }

    @Test
    void theTrackingNumberAloneOrWithAWrongCodeIsTheSameNotFoundAsAnUnknownNumber() {
        Api citizen = Api.anonymous(baseUrl());
        Api.Reply filed = citizen.post(
                "/api/public/hotline/complaints",
                Map.of(
                        "complaintText",
                        "ໂຮງຮຽນບ້ານນາຄູ ບໍ່ມີນ້ຳໃຊ້ມາສອງອາທິດ",
                        "category",
                        "public-service",
                        "province",
                        "bokeo"));
        String trackingNumber = filed.text("trackingNumber");
        String wrongCode = filed.text("trackingCode").equals("ABCDEFGH") ? "HGFEDCBA" : "ABCDEFGH";

        Api.Reply withoutCode = citizen.get("/api/public/hotline/complaints/" + trackingNumber);
        Api.Reply withWrongCode =
                citizen.get("/api/public/hotline/complaints/" + trackingNumber + "?code=" + wrongCode);
        Api.Reply unknown = citizen.get("/api/public/hotline/complaints/1516-2026-999999?code=" + wrongCode);
        assertThat(withoutCode.status()).isEqualTo(404);
        assertThat(withWrongCode.status()).isEqualTo(404);
        assertThat(withWrongCode.refusal()).isEqualTo(unknown.refusal()).isEqualTo(withoutCode.refusal());
    }

    @Test
    void oneAddressLookingUpNumberAfterNumberIsSlowedDown() {
        // through the test's stand-in proxy, as one client address no other test uses
        Api guesser =
                Api.anonymous(baseUrl()).withHeader("X-Forwarded-For", "198.51.100." + (int) (Math.random() * 250 + 1));
        int lookups = lookUntilRefused(
                guesser, n -> String.format("/api/public/hotline/complaints/1516-2026-%06d?code=ABCDEFGH", n));
        assertThat(lookups).isGreaterThan(300);
        // document checks draw on the same allowance: refused at once (or as soon as the refill is used)
        assertThat(lookUntilRefused(guesser, n -> "/api/public/documents/NO-SUCH-CODE-" + n))
                .isLessThan(300);
        assertThat(Api.anonymous(baseUrl())
                        .withHeader("X-Forwarded-For", "198.51.100.251")
                        .get("/api/public/hotline/complaints/1516-2026-000001?code=ABCDEFGH")
                        .status())
                .isEqualTo(404);
    }

    /**
     * Looks up until refused with 429 (which must say when to retry); the test profile allows 300
     * lookups a minute, and the loop only has to outrun the refill.
     *
     * @return how many lookups it took, the refused one included
     */
    private static int lookUntilRefused(Api client, IntFunction<String> path) {
        for (int n = 1; n <= 3000; n++) {
            Api.Reply reply = client.get(path.apply(n));
            if (reply.status() == 429) {
                assertThat(reply.raw().headers().firstValue("Retry-After")).isPresent();
                return n;
            }
            assertThat(reply.status()).isEqualTo(404);
        }
        throw new AssertionError("3,000 lookups from one address were never refused");
    }

    @Test
    void unknownAndMalformedTrackingNumbersAreTheSamePlainNotFound() {
        Api citizen = Api.anonymous(baseUrl());
        Api.Reply unknown = citizen.get("/api/public/hotline/complaints/1516-2026-999999");
        Api.Reply malformed = citizen.get("/api/public/hotline/complaints/*)(uid=*");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(unknown.refusal()).isEqualTo(malformed.refusal());
    }
}
