package org.gflow.engine.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gflow.engine.CamundaJson.variables;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.gflow.engine.documents.Poppler;
import org.gflow.plugin.api.LaoTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hotline's figures for a known set of complaints in April 2026 — across Pi Mai (14–16
 * April), so working days and calendar days part — as the dashboards, the exports, the monthly
 * report and the public page show them, and who may see which; and a real complaint's fact kept
 * in step as it is answered, rated and reopened.
 */
class HotlineFiguresIT extends EngineIT {

    private static final String BOKEO_SUPERVISOR = "sengphet.bokeo";
    private static final String BOKEO_VERIFIER = "nalinh.bokeo";
    private static final String OFFICE = "vilayvanh.opm";
    private static final String APRIL = "from=2026-04-01&to=2026-04-30";

    @Autowired
    ComplaintFacts facts;

    private static boolean aprilWritten;

    /** Bokeo's April: on time across Pi Mai, on time and reopened, late, overdue and open, another category. */
    @BeforeEach
    void aprilComplaints() {
        synchronized (HotlineFiguresIT.class) {
            if (aprilWritten) {
                return;
            }
            aprilWritten = true;
        }
        complaint("bokeo", "public-service", at(2026, 4, 10, 10), at(2026, 4, 20, 11), 0, null);
        complaint("bokeo", "public-service", at(2026, 4, 13, 9), at(2026, 4, 17, 10), 1, 2);
        complaint("bokeo", "public-service", at(2026, 4, 1, 9), at(2026, 4, 22, 14), 0, 4);
        complaint("bokeo", "public-service", at(2026, 4, 2, 10), null, 0, null);
        complaint("bokeo", "land", at(2026, 4, 20, 9), at(2026, 4, 21, 10), 0, 5);
        complaint("moic", "business", at(2026, 4, 7, 9), null, 0, null);
    }

    @Test
    void aSupervisorSeesTheirOrganisationsFiguresInWorkingDays() {
        Api supervisor = Api.as(baseUrl(), BOKEO_SUPERVISOR);

        Api.Reply reply = supervisor.get("/api/figures/hotline?" + APRIL);

        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(200);
        JsonNode report = reply.json();
        assertThat(report.path("organisation").asText()).isEqualTo("bokeo");
        JsonNode totals = report.path("totals");
        assertThat(totals.path("received").asInt()).isEqualTo(5);
        assertThat(totals.path("open").asInt()).isEqualTo(1);
        assertThat(totals.path("overdue").asInt()).isEqualTo(1);
        assertThat(totals.path("answered").asInt()).isEqualTo(4);
        assertThat(totals.path("answeredOnTime").asInt()).isEqualTo(3);
        assertThat(totals.path("onTimePercent").asDouble()).isEqualTo(75.0);
        // 3, 1, 12 and 1 working days; on the wall calendar 10, 4, 21 and 1 days, without Pi Mai 6, 4, 12, 1
        assertThat(totals.path("medianWorkingDays").asDouble()).isEqualTo(2.0);
        assertThat(totals.path("reopened").asInt()).isEqualTo(1);
        assertThat(totals.path("reopenRate").asDouble()).isEqualTo(25.0);
        assertThat(totals.path("ratings").asInt()).isEqualTo(3);
        assertThat(totals.path("averageRating").asDouble()).isEqualTo(3.67);
        assertThat(StreamSupport.stream(report.path("organisations").spliterator(), false)
                        .map(JsonNode::asText)
                        .toList())
                .containsExactly("bokeo");

        JsonNode byCategory = supervisor
                .get("/api/figures/hotline?" + APRIL + "&groupBy=category")
                .json()
                .path("rows");
        assertThat(byCategory.findValuesAsText("code")).containsExactly("land", "public-service");
        assertThat(byCategory.get(0).path("figures").path("answered").asInt()).isEqualTo(1);
        assertThat(byCategory.get(0).path("en").asText()).isNotBlank();

        JsonNode weeks = report.path("weeks");
        assertThat(weeks.findValuesAsText("week"))
                .containsExactly("2026-W14", "2026-W15", "2026-W16", "2026-W17", "2026-W18");
        assertThat(weeks.findValues("received").stream().map(JsonNode::asInt).toList())
                .containsExactly(2, 1, 1, 1, 0);
        assertThat(weeks.findValues("answered").stream().map(JsonNode::asInt).toList())
                .containsExactly(0, 0, 1, 3, 0);
    }

    @Test
    void theDrillDownListsTheOverdueComplaintsAPageAtATime() {
        Api supervisor = Api.as(baseUrl(), BOKEO_SUPERVISOR);

        JsonNode overdue = supervisor
                .get("/api/figures/hotline/cases?" + APRIL + "&state=overdue")
                .json();

        assertThat(overdue.path("items")).hasSize(1);
        JsonNode item = overdue.path("items").get(0);
        assertThat(item.path("state").asText()).isEqualTo("overdue");
        assertThat(item.path("organisation").asText()).isEqualTo("bokeo");
        assertThat(Instant.parse(item.path("deadline").asText())).isEqualTo(at(2026, 4, 13, 16));

        JsonNode first = supervisor
                .get("/api/figures/hotline/cases?" + APRIL + "&size=2")
                .json();
        assertThat(first.path("items")).hasSize(2);
        JsonNode rest = supervisor
                .get("/api/figures/hotline/cases?" + APRIL + "&size=10&after="
                        + first.path("next").asText())
                .json();
        assertThat(rest.path("items")).hasSize(3);
        assertThat(rest.has("next")).isFalse();
        assertThat(supervisor
                        .get("/api/figures/hotline/cases?" + APRIL + "&state=late")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theFiguresTheirComplaintsAndTheExportsRefuseABadPeriodAlike() {
        Api supervisor = Api.as(baseUrl(), BOKEO_SUPERVISOR);
        for (String path : List.of("", "/cases", "/hotline.csv", "/hotline.xlsx")) {
            String figures = "/api/figures/hotline" + path;
            Api.Reply badDate = supervisor.get(figures + "?from=30.04.2026");
            assertThat(badDate.status()).as(figures).isEqualTo(400);
            assertThat(badDate.text("field")).as(figures).isEqualTo("from");
            assertThat(supervisor.get(figures + "?to=April").text("field"))
                    .as(figures)
                    .isEqualTo("to");
            Api.Reply backwards = supervisor.get(figures + "?from=2026-04-30&to=2026-04-01");
            assertThat(backwards.status()).as(figures).isEqualTo(400);
            assertThat(backwards.text("field")).as(figures).isEqualTo("from");
            assertThat(supervisor
                            .get(figures + "?from=2020-01-01&to=2026-04-30")
                            .status())
                    .as(figures + ": more than three years")
                    .isEqualTo(400);
            // blank filters are no filters: the supervisor's own organisation and the last twelve weeks
            assertThat(supervisor
                            .download(figures + "?from=&to=&organisation=&province=&category=")
                            .status())
                    .as(figures)
                    .isEqualTo(200);
        }
    }

    @Test
    void aSupervisorSeesOnlyTheirOwnAndTheOfficeSeesAll() {
        Api supervisor = Api.as(baseUrl(), BOKEO_SUPERVISOR);
        Api.Reply other = supervisor.get("/api/figures/hotline?" + APRIL + "&organisation=moic");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.text("code")).isEqualTo("not-your-organisation");
        assertThat(supervisor
                        .get("/api/figures/hotline/cases?" + APRIL + "&organisation=moic")
                        .status())
                .isEqualTo(403);
        assertThat(supervisor
                        .download("/api/figures/hotline/hotline.csv?" + APRIL + "&organisation=moic")
                        .status())
                .isEqualTo(403);

        Api.Reply verifier = Api.as(baseUrl(), BOKEO_VERIFIER).get("/api/figures/hotline?" + APRIL);
        assertThat(verifier.status()).isEqualTo(403);
        assertThat(verifier.text("code")).isEqualTo("not-figures-reader");
        assertThat(Api.as(baseUrl(), BOKEO_VERIFIER)
                        .get("/api/figures/hotline/cases?" + APRIL)
                        .status())
                .isEqualTo(403);
        assertThat(Api.anonymous(baseUrl()).get("/api/figures/hotline?" + APRIL).status())
                .isEqualTo(401);

        Api office = Api.as(baseUrl(), OFFICE);
        JsonNode moic = office.get("/api/figures/hotline?" + APRIL + "&organisation=moic")
                .json();
        assertThat(moic.path("totals").path("received").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode all = office.get("/api/figures/hotline?" + APRIL).json();
        assertThat(all.path("rows").findValuesAsText("code")).contains("bokeo", "moic");
        assertThat(all.path("totals").path("received").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(Api.as(baseUrl(), "admin")
                        .get("/api/figures/hotline?" + APRIL + "&organisation=moic")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theCsvAndTheSpreadsheetHoldTheSameFigures() throws Exception {
        Api english = Api.as(baseUrl(), BOKEO_SUPERVISOR).withHeader("Accept-Language", "en");
        byte[] csv = english.getBytes("/api/figures/hotline/hotline.csv?" + APRIL);
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8).replace("\uFEFF", "")))
                .getRecords();
        CSVRecord total = records.get(records.size() - 1);
        assertThat(total.get("Name")).isEqualTo("Total");
        assertThat(total.get("Received")).isEqualTo("5");
        assertThat(total.get("Answered on time")).isEqualTo("3");
        assertThat(total.get("On time (%)")).isEqualTo("75.0");
        assertThat(total.get("Median working days")).isEqualTo("2.0");
        assertThat(total.get("Average rating")).isEqualTo("3.67");

        byte[] laoCsv = Api.as(baseUrl(), BOKEO_SUPERVISOR).getBytes("/api/figures/hotline/hotline.csv?" + APRIL);
        assertThat(new String(laoCsv, StandardCharsets.UTF_8)).contains("ໄດ້ຮັບ", "ລວມ");

        byte[] xlsx = english.getBytes("/api/figures/hotline/hotline.xlsx?" + APRIL);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Received");
            Row last = rows.get(rows.size() - 1);
            assertThat(last.getCellText(1)).isEqualTo("Total");
            assertThat(last.getCellAsNumber(2).orElseThrow().intValue()).isEqualTo(5);
            assertThat(last.getCellAsNumber(6).orElseThrow().intValue()).isEqualTo(3);
            assertThat(last.getCellAsNumber(8).orElseThrow().doubleValue()).isEqualTo(2.0);
            assertThat(workbook.getSheets().count()).isEqualTo(2);
        }
    }

    @Test
    void theMonthlyReportIsAPdfInLao() throws Exception {
        byte[] pdf = Api.as(baseUrl(), BOKEO_SUPERVISOR).getBytes("/api/figures/hotline/monthly.pdf?month=2026-04");

        PdfReader reader = new PdfReader(pdf);
        try {
            assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(1);
        } finally {
            reader.close();
        }
        String text = Poppler.text(pdf);
        assertThat(text).contains("ລາຍງານປະຈຳເດືອນ", "2026-04", "2026-W16");
        assertThat(Api.as(baseUrl(), BOKEO_SUPERVISOR)
                        .get("/api/figures/hotline/monthly.pdf?month=April")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void thePublicFiguresNameNoOneAndSuppressSmallGroups() {
        String small = "zs" + UUID.randomUUID().toString().substring(0, 6);
        String large = "zl" + UUID.randomUUID().toString().substring(0, 6);
        String today = LaoTime.today(Clock.systemUTC()).toString();
        Instant received = LocalDateTime.parse(today + "T08:00")
                .atZone(LaoTime.ZONE)
                .toInstant()
                .minusSeconds(86400L * 20);
        for (int i = 0; i < 2; i++) {
            complaint(small, "other", received, received.plusSeconds(3600), 0, 3);
        }
        for (int i = 0; i < 5; i++) {
            complaint(large, "other", received, received.plusSeconds(3600), 0, 3);
        }

        Api.Reply reply = Api.anonymous(baseUrl()).get("/api/public/figures/hotline");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.raw().headers().firstValue("Cache-Control").orElse(""))
                .contains("public")
                .contains("max-age=300");
        JsonNode rows = reply.json().path("organisations");
        JsonNode smallRow = row(rows, small);
        assertThat(smallRow.path("suppressed").asBoolean()).isTrue();
        assertThat(smallRow.path("answered").isNull()).isTrue();
        assertThat(smallRow.path("medianWorkingDays").isNull()).isTrue();
        JsonNode largeRow = row(rows, large);
        assertThat(largeRow.path("suppressed").asBoolean()).isFalse();
        assertThat(largeRow.path("answered").asInt()).isEqualTo(5);
        assertThat(largeRow.path("onTimePercent").asDouble()).isEqualTo(100.0);
        String body = reply.raw().body();
        assertThat(body).doesNotContain("ທ້າວ ສົມສັກ", "020 5555", "caseId", "number", "title", "rating");
    }

    @Test
    void aRealComplaintsFactFollowsItsAnswerRatingAndReopen() {
        Api citizen = Api.anonymous(baseUrl());
        Api.Reply filed = citizen.post(
                "/api/public/hotline/complaints",
                Map.of(
                        "complaintText", "ຂີ້ເຫຍື້ອບ້ານໂພນໄຊ ບໍ່ມີໃຜມາເກັບ ສອງອາທິດແລ້ວ",
                        "category", "public-service",
                        "province", "bokeo"));
        assertThat(filed.status()).as(filed.raw().body()).isEqualTo(201);
        String number = filed.text("trackingNumber");
        String code = filed.text("trackingCode");
        String caseId = caseIdOf(number);
        Api supervisor = Api.as(baseUrl(), BOKEO_SUPERVISOR);
        String today = "&from=" + LaoTime.today(Clock.systemUTC()).minusDays(1) + "&to="
                + LaoTime.today(Clock.systemUTC()).plusDays(1);

        completeTask(Api.as(baseUrl(), OFFICE), caseId, "triageComplaint", Map.of("variables", Map.of()));
        Api.eventually(
                "the complaint is listed as open for Bokeo",
                () -> stateOf(supervisor, today, number).equals("open"));
        Api verifier = Api.as(baseUrl(), BOKEO_VERIFIER);
        completeTask(verifier, caseId, "verifyComplaint", variables("complaintTrue", false));
        completeTask(verifier, caseId, "writeExplanation", variables("answerText", "ໄດ້ສົ່ງລົດເກັບຂີ້ເຫຍື້ອແລ້ວ"));
        String complaint = "/api/public/hotline/complaints/" + number;
        Api.eventually(
                "the answer waits for the citizen",
                () -> citizen.get(complaint + "?code=" + code).json().hasNonNull("reopenableUntil"));
        assertThat(stateOf(supervisor, today, number)).isEqualTo("answered");

        Map<String, Object> rating = new HashMap<>();
        rating.put("code", code);
        rating.put("stars", 1);
        assertThat(citizen.post(complaint + "/rating", rating).status()).isEqualTo(200);
        assertThat(citizen.post(complaint + "/reopen", Map.of("code", code, "reason", "ຍັງບໍ່ມີໃຜມາເກັບເລີຍ"))
                        .status())
                .isEqualTo(200);

        assertThat(stateOf(supervisor, today, number)).isEqualTo("reopened");
        JsonNode reopened = supervisor
                .get("/api/figures/hotline/cases?state=reopened&size=200" + today)
                .json()
                .path("items");
        assertThat(reopened.findValuesAsText("number")).contains(number);
    }

    private static String stateOf(Api supervisor, String period, String number) {
        JsonNode items = supervisor
                .get("/api/figures/hotline/cases?size=200" + period)
                .json()
                .path("items");
        return StreamSupport.stream(items.spliterator(), false)
                .filter(item -> item.path("number").asText().equals(number))
                .map(item -> item.path("state").asText())
                .findFirst()
                .orElse("");
    }

    private static JsonNode row(JsonNode rows, String organisation) {
        return StreamSupport.stream(rows.spliterator(), false)
                .filter(row -> row.path("organisation").asText().equals(organisation))
                .findFirst()
                .orElseThrow(() -> new AssertionError(organisation + " is listed"));
    }

    private void complaint(
            String organisation, String category, Instant received, Instant answered, int reopens, Integer stars) {
        Map<String, Object> variables = new HashMap<>();
        String number = "T" + UUID.randomUUID().toString().substring(0, 8);
        variables.put("trackingNumber", number);
        variables.put("complaintText", "ທ້າວ ສົມສັກ ໂທ 020 5555 — " + number);
        variables.put("responsibleOrg", organisation);
        variables.put("province", "bokeo");
        variables.put("category", category);
        variables.put("verificationDeadline", "P7D");
        variables.put("answerPublished", answered == null ? 0L : 1L);
        variables.put("reopenCount", (long) reopens);
        if (stars != null) {
            variables.put("citizenRating", stars.longValue());
        }
        facts.write(new ComplaintFacts.Source("fig-" + UUID.randomUUID(), received, null, answered, variables));
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(LaoTime.ZONE).toInstant();
    }
}
