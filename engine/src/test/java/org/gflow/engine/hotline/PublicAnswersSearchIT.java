package org.gflow.engine.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.gflow.plugin.api.hotline.PublishedAnswer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public answers page searches Lao words typed with or without spaces, and pages on the server. */
class PublicAnswersSearchIT extends EngineIT {

    @Autowired
    PublishedAnswers board;

    @Test
    void laoWordsAreFoundWithOrWithoutSpacesAndResultsComeInPages() {
        // a token of this run's own keeps other tests' answers out of the counts
        String run = "run" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String water = publish("ນ້ຳປະປາບໍ່ໄຫຼມາສາມມື້ແລ້ວ " + run);
        String power = publish("ໄຟຟ້າດັບທຸກຄືນ ຢູ່ບ້ານໂພນສະອາດ " + run);
        Api citizen = Api.anonymous(baseUrl());

        JsonNode joined = search(citizen, "ນ້ຳປະປາ " + run, 0, 20);
        JsonNode spaced = search(citizen, "ນ້ຳ ປະປາ " + run, 0, 20);
        assertThat(joined.path("total").asLong()).isEqualTo(1);
        assertThat(joined.path("answers").findValuesAsText("trackingNumber")).containsExactly(water);
        assertThat(spaced.path("answers").findValuesAsText("trackingNumber")).containsExactly(water);

        JsonNode firstPage = search(citizen, run, 0, 1);
        JsonNode secondPage = search(citizen, run, 1, 1);
        assertThat(firstPage.path("total").asLong()).isEqualTo(2);
        assertThat(firstPage.path("answers")).hasSize(1);
        List<String> paged = new ArrayList<>(firstPage.path("answers").findValuesAsText("trackingNumber"));
        paged.addAll(secondPage.path("answers").findValuesAsText("trackingNumber"));
        assertThat(paged).containsExactlyInAnyOrder(water, power);
    }

    private String publish(String answer) {
        String trackingNumber = "1516-2099-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        board.publish(new PublishedAnswer(trackingNumber, "public-service", "ຄຳຮ້ອງທຸກ", answer, "bokeo", true));
        return trackingNumber;
    }

    private static JsonNode search(Api citizen, String query, int first, int size) {
        return citizen.get("/api/public/hotline/answers?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                        + "&first=" + first + "&size=" + size)
                .json();
    }
}
