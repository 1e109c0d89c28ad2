package org.gflow.engine.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.gflow.engine.hotline.PublishedAnswers;
import org.gflow.engine.security.EngineAsPublic;
import org.gflow.engine.vocabulary.Vocabulary;
import org.gflow.plugin.api.LaoTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The complaints filed through Open311 as the protocol's public requests. Only what the hotline
 * already makes public is served: the category, the responsible organisation, when it was filed
 * and last moved, open or closed, and — once the answer is published — the published summary and
 * answer ({@link PublishedAnswers}, personal data already removed). Never the complainant's name,
 * phone, e-mail or their own words: those stay with the case and the citizen's access code.
 */
@Component
class Open311Requests {

    /** One request as GET answers it; a field not known yet is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(
            @JsonProperty("service_request_id") String id,
            String status,
            @JsonProperty("status_notes") String statusNotes,
            @JsonProperty("service_name") String serviceName,
            @JsonProperty("service_code") String serviceCode,
            String description,
            @JsonProperty("agency_responsible") String agencyResponsible,
            @JsonProperty("requested_datetime") String requested,
            @JsonProperty("updated_datetime") String updated,
            String address,
            Double lat,
            @JsonProperty("long") Double longitude,
            @JsonProperty("media_url") String mediaUrl) {}

    /** What a list may ask for; null where the client asked nothing. */
    record Query(List<String> ids, String serviceCode, Instant start, Instant end, String status) {}

    /** The protocol's suggested bounds of a list: the last 90 days, at most 1,000 requests. */
    static final int MAX_REQUESTS = 1000;

    static final int DEFAULT_DAYS = 90;

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    /** What Open311 records of a filed complaint, beside its case. */
    private record Recorded(
            String trackingNumber,
            String caseId,
            String address,
            Double latitude,
            Double longitude,
            String mediaUrl,
            Instant requestedAt) {}

    private final JdbcTemplate jdbc;
    private final HistoryService history;
    private final PublishedAnswers answers;
    private final EngineAsPublic asPublic;
    private final Vocabulary vocabulary = Vocabulary.standard();

    Open311Requests(JdbcTemplate jdbc, HistoryService history, PublishedAnswers answers, EngineAsPublic asPublic) {
        this.jdbc = jdbc;
        this.history = history;
        this.answers = answers;
        this.asPublic = asPublic;
    }

    Optional<Request> find(String id, Language language) {
        return list(new Query(List.of(id), null, null, null, null), language).stream()
                .findFirst();
    }

    /**
     * With ids, those requests whatever else is asked (as the protocol says); otherwise those filed
     * within the period (the last {@value #DEFAULT_DAYS} days by default), newest first, at most
     * {@value #MAX_REQUESTS}.
     */
    List<Request> list(Query query, Language language) {
        List<Recorded> filed;
        if (query.ids() != null && !query.ids().isEmpty()) {
            List<String> ids = query.ids().stream().limit(MAX_REQUESTS).toList();
            filed = jdbc.query(
                    "select * from gflow_open311_request where tracking_number in ("
                            + String.join(",", ids.stream().map(id -> "?").toList())
                            + ") order by requested_at desc",
                    Open311Requests::filed,
                    ids.toArray());
            return asPublic.call(() -> views(filed, language));
        }
        Instant end = query.end() != null ? query.end() : Instant.now();
        Instant start = query.start() != null ? query.start() : end.minus(DEFAULT_DAYS, ChronoUnit.DAYS);
        filed = jdbc.query(
                "select * from gflow_open311_request where requested_at >= ? and requested_at <= ?"
                        + " order by requested_at desc, tracking_number desc limit ?",
                Open311Requests::filed,
                Timestamp.from(start),
                Timestamp.from(end),
                MAX_REQUESTS);
        return asPublic.call(() -> views(filed, language)).stream()
                .filter(request ->
                        query.serviceCode() == null || query.serviceCode().equals(request.serviceCode()))
                .filter(request -> query.status() == null || query.status().equals(request.status()))
                .toList();
    }

    private List<Request> views(List<Recorded> filed, Language language) {
        if (filed.isEmpty()) {
            return List.of();
        }
        List<String> caseIds = filed.stream().map(Recorded::caseId).toList();
        Map<String, HistoricProcessInstance> cases =
                history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(caseIds)).list().stream()
                        .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
        Map<String, Map<String, Object>> variables = variables(caseIds);
        List<Request> requests = new ArrayList<>();
        for (Recorded one : filed) {
            HistoricProcessInstance complaint = cases.get(one.caseId());
            if (complaint != null) {
                requests.add(view(one, complaint, variables.getOrDefault(one.caseId(), Map.of()), language));
            }
        }
        return requests;
    }

    private Request view(
            Recorded filed, HistoricProcessInstance complaint, Map<String, Object> variables, Language language) {
        Optional<PublishedAnswers.Entry> published = answers.find(filed.trackingNumber());
        String category = text(variables.get("category"));
        Optional<Vocabulary.Term> service = vocabulary.hotlineCategory(category);
        Optional<String> agency = vocabulary
                .organisation(variables.get("responsibleOrg"))
                .map(organisation -> language.name(organisation.term()));
        Instant updated = Stream.of(
                        lastStep(complaint.getId()),
                        Optional.ofNullable(complaint.getEndTime()).map(Date::toInstant),
                        published.map(PublishedAnswers.Entry::publishedAt))
                .flatMap(Optional::stream)
                .max(Instant::compareTo)
                .orElse(filed.requestedAt());
        return new Request(
                filed.trackingNumber(),
                complaint.getEndTime() == null ? "open" : "closed",
                published.map(PublishedAnswers.Entry::answer).orElse(null),
                service.map(language::name).orElse(null),
                category,
                published.map(PublishedAnswers.Entry::summary).orElse(null),
                agency.orElse(null),
                datetime(filed.requestedAt()),
                datetime(updated),
                filed.address(),
                filed.latitude(),
                filed.longitude(),
                filed.mediaUrl());
    }

    /** The routing facts of each case, by case: its latest category and responsible organisation. */
    private Map<String, Map<String, Object>> variables(Collection<String> caseIds) {
        Map<String, Map<String, Object>> byCase = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(caseIds.toArray(String[]::new))
                .variableNameIn("category", "responsibleOrg")
                .disableBinaryFetching()
                .disableCustomObjectDeserialization()
                .list()) {
            if (variable.getValue() != null
                    && Objects.equals(variable.getExecutionId(), variable.getProcessInstanceId())) {
                byCase.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        return byCase;
    }

    /** When the case last moved: its latest step's start or end. */
    private Optional<Instant> lastStep(String caseId) {
        return history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(caseId)
                .orderByHistoricActivityInstanceStartTime()
                .desc()
                .listPage(0, 1)
                .stream()
                .findFirst()
                .map(step -> Optional.ofNullable(step.getEndTime()).orElse(step.getStartTime()))
                .map(Date::toInstant);
    }

    /** The protocol's W3C datetime, in Lao time, to the second. */
    static String datetime(Instant instant) {
        return DATETIME.format(instant.atZone(LaoTime.ZONE));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Recorded filed(ResultSet rs, int row) throws SQLException {
        return new Recorded(
                rs.getString("tracking_number"),
                rs.getString("process_instance_id"),
                rs.getString("address"),
                number(rs, "latitude"),
                number(rs, "longitude"),
                rs.getString("media_url"),
                rs.getTimestamp("requested_at").toInstant());
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
