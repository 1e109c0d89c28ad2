package org.gflow.engine.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.gflow.engine.hotline.ComplaintIntake;
import org.gflow.engine.security.EngineAsPublic;
import org.gflow.plugin.api.text.PersonalData;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * Files a complaint an app posts through Open311 as a hotline case like any other: the public
 * form's own intake ({@link ComplaintIntake}) starts it, so the model's rules on what a complaint
 * holds, the routing by category and province, the tracking number and the access code are the
 * same. The app must hold a valid key; its name is kept on the case ({@value #APP_VARIABLE}, and a
 * line in the case's timeline) so the office sees which app filed it.
 */
@Component
class Open311Intake {

    /** The case variable naming the app that filed the complaint. */
    static final String APP_VARIABLE = "filedByApp";

    /**
     * What the POST answers: the number, a notice with the access code, and the code itself (named
     * apart from the public form's answer in G-Flow's API description, which reads types by name).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Accepted(
            @JsonProperty("service_request_id") String id,
            @JsonProperty("service_notice") String notice,
            @JsonProperty("account_id") String accountId,
            @JsonProperty("access_code") String accessCode) {}

    /** The timeline line naming the app, in Lao as the case's other comments: "filed through Open311 by". */
    private static final String FILED_BY = "ຍື່ນຜ່ານ Open311 ໂດຍແອັບ: ";

    private static final int MAX_ADDRESS = 400;
    private static final int MAX_URL = 1000;
    private static final int MAX_NAME = 200;

    private final ComplaintIntake intake;
    private final ApiKeys keys;
    private final Open311Services services;
    private final ProcessEngine engine;
    private final EngineAsPublic asPublic;
    private final JdbcTemplate jdbc;

    Open311Intake(
            ComplaintIntake intake,
            ApiKeys keys,
            Open311Services services,
            ProcessEngine engine,
            EngineAsPublic asPublic,
            JdbcTemplate jdbc) {
        this.intake = intake;
        this.keys = keys;
        this.services = services;
        this.engine = engine;
        this.asPublic = asPublic;
        this.jdbc = jdbc;
    }

    /** @param form the POST's fields, as the protocol names them ({@code attribute[province]} …) */
    @Transactional
    public Accepted file(MultiValueMap<String, String> form) {
        ApiKeys.App app = keys.app(form.getFirst("api_key"))
                .orElseThrow(() -> new Open311Exception(
                        HttpStatus.FORBIDDEN, "api_key is missing, unknown or revoked: ask the hotline for a key."));
        String serviceCode = required(form, "service_code");
        if (services.find(serviceCode, Language.LO).isEmpty()) {
            throw Open311Exception.notFound(
                    "service_code " + serviceCode + " is not a service here: see services.json.");
        }
        String description = required(form, "description");
        String province = required(form, "attribute[" + Open311Services.PROVINCE + "]");
        Location location = Location.of(form);
        String mediaUrl = mediaUrl(form.getFirst("media_url"));
        ComplaintIntake.Complaint complaint = new ComplaintIntake.Complaint(
                location.appendTo(description),
                serviceCode,
                province,
                bounded("first_name/last_name", name(form), MAX_NAME),
                form.getFirst("phone"),
                form.getFirst("email"),
                form.getFirst("attribute[" + Open311Services.LANGUAGE + "]"),
                null);
        ComplaintIntake.Filed filed = asPublic.call(() -> {
            ComplaintIntake.Filed started = intake.file(complaint);
            String caseId = engine.getHistoryService()
                    .createHistoricProcessInstanceQuery()
                    .processDefinitionKey("hotline-1516")
                    .processInstanceBusinessKey(started.trackingNumber())
                    .singleResult()
                    .getId();
            engine.getRuntimeService().setVariable(caseId, APP_VARIABLE, app.name());
            engine.getTaskService().createComment(null, caseId, FILED_BY + app.name());
            jdbc.update(
                    "insert into gflow_open311_request (tracking_number, process_instance_id, key_id, app_name,"
                            + " address, latitude, longitude, media_url, requested_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    started.trackingNumber(),
                    caseId,
                    app.keyId(),
                    app.name(),
                    location.address() == null ? null : PersonalData.redact(location.address()),
                    location.latitude(),
                    location.longitude(),
                    mediaUrl,
                    Timestamp.from(Instant.now()));
            return started;
        });
        return new Accepted(
                filed.trackingNumber(),
                "Complaint " + filed.trackingNumber() + " is with the hotline 1516. Its access code is "
                        + filed.trackingCode()
                        + ": give the complainant both, to follow the complaint and to say whether the answer resolved it.",
                form.getFirst("account_id"),
                filed.trackingCode());
    }

    /** Where the problem is, as the app gives it; the hotline routes by province, so all of it is optional. */
    record Location(String address, Double latitude, Double longitude) {

        static Location of(MultiValueMap<String, String> form) {
            Double latitude = coordinate(form, "lat", 90);
            Double longitude = coordinate(form, "long", 180);
            if ((latitude == null) != (longitude == null)) {
                throw Open311Exception.badRequest("lat and long go together: give both or neither.");
            }
            String address = bounded("address_string", form.getFirst("address_string"), MAX_ADDRESS);
            return new Location(address, latitude, longitude);
        }

        /** The complaint as the office reads it: the app's description, then where. */
        String appendTo(String description) {
            StringBuilder text = new StringBuilder(description.strip());
            if (address != null) {
                text.append("\n\nສະຖານທີ່: ").append(address);
            }
            if (latitude != null) {
                text.append(address == null ? "\n\nສະຖານທີ່: " : " ")
                        .append(String.format(Locale.ROOT, "(%.6f, %.6f)", latitude, longitude));
            }
            return text.toString();
        }

        private static Double coordinate(MultiValueMap<String, String> form, String field, double limit) {
            String text = form.getFirst(field);
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                double value = Double.parseDouble(text.strip());
                if (Double.isFinite(value) && Math.abs(value) <= limit) {
                    return value;
                }
            } catch (NumberFormatException notANumber) {
                // refused below, as any other bad value
            }
            throw Open311Exception.badRequest(
                    field + " must be a number of degrees (WGS84) within ±" + (int) limit + ".");
        }
    }

    private static String required(MultiValueMap<String, String> form, String field) {
        String value = form.getFirst(field);
        if (value == null || value.isBlank()) {
            throw Open311Exception.badRequest(field + " is required.");
        }
        return value.strip();
    }

    private static String name(MultiValueMap<String, String> form) {
        String name = String.join(
                        " ",
                        form.getFirst("first_name") == null ? "" : form.getFirst("first_name"),
                        form.getFirst("last_name") == null ? "" : form.getFirst("last_name"))
                .strip();
        return name.isEmpty() ? null : name;
    }

    private static String bounded(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw Open311Exception.badRequest(field + " may hold at most " + max + " characters.");
        }
        return value.strip();
    }

    /** A photo's address the app keeps: served back as given, so only a plain http(s) link. */
    private static String mediaUrl(String value) {
        String url = bounded("media_url", value, MAX_URL);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException notAUri) {
            // refused below
        }
        throw Open311Exception.badRequest("media_url must be an http or https link.");
    }
}
