package org.gflow.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

class DisplayNameTest {

    private static UserEntity user(String id, String first, String last) {
        UserEntity user = new UserEntity(id);
        user.setFirstName(first);
        user.setLastName(last);
        return user;
    }

    @Test
    void firstNameThenLastName() {
        assertThat(DisplayName.of(user("nalinh.bokeo", "ນາລິນ", "ຈັນທະວົງ"))).isEqualTo("ນາລິນ ຈັນທະວົງ");
    }

    @Test
    void aMissingPartLeavesNoStraySpace() {
        assertThat(DisplayName.of(user("a", "ນາລິນ", null))).isEqualTo("ນາລິນ");
        assertThat(DisplayName.of(user("a", " ", "ຈັນທະວົງ "))).isEqualTo("ຈັນທະວົງ");
    }

    @Test
    void withoutANameTheAccountIdStandsIn() {
        assertThat(DisplayName.of(user("nalinh.bokeo", null, ""))).isEqualTo("nalinh.bokeo");
    }
}
