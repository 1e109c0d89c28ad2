package org.gflow.engine.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatingCommentsTest {

    @Test
    void aRatingIsReadBackWithTheCitizensOwnWordsOnly() {
        assertThat(RatingComments.read(RatingComments.write(4, "ຕອບຊ້າ\nແຕ່ແກ້ໄຂແລ້ວ")))
                .contains(new RatingComments.Rating("4/5", "ຕອບຊ້າ\nແຕ່ແກ້ໄຂແລ້ວ"));
        assertThat(RatingComments.read(RatingComments.write(1, null))).contains(new RatingComments.Rating("1/5", null));
    }

    @Test
    void anyOtherCommentIsNoRating() {
        assertThat(RatingComments.read("ກະລຸນາກວດຄືນ 4/5")).isEmpty();
        assertThat(RatingComments.read("ຄະແນນຈາກຜູ້ຮ້ອງທຸກ 9/5")).isEmpty();
        assertThat(RatingComments.read(null)).isEmpty();
    }
}
