package org.entwine.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entwine.evidence.CommitmentStatus;
import org.entwine.input.UserInputException;
import org.entwine.registry.Registry;
import org.junit.jupiter.api.Test;

/**
 * A commitment's new status as an analyst enters it: checked field by field, the earlier statuses
 * kept.
 */
class CommitmentStatusEntryTest {
  static final Registry REGISTRY = BundledExample.registry();
  static final String ID = "rus-2010-ninh-thuan-1";

  @Test
  void theNextVersionKeepsTheEarlierStatusesAndAddsTheNewOne() {
    var before =
        REGISTRY.commitments().stream().filter(c -> c.id().equals(ID)).findFirst().orElseThrow();
    var next =
        new CommitmentStatusEntry(
                "2026-06", "lapsed", "  no works begun  ", List.of("vnm-rus-npp-2010"))
            .applyTo(REGISTRY, ID);
    assertThat(next.status())
        .hasSize(before.status().size() + 1)
        .startsWith(before.status().toArray(new org.entwine.evidence.CommitmentStatusChange[0]));
    var added = next.status().get(next.status().size() - 1);
    assertThat(added.status()).isEqualTo(CommitmentStatus.LAPSED);
    assertThat(added.evidence()).isEqualTo("no works begun");
    assertThat(next.text()).isEqualTo(before.text());
  }

  @Test
  void eachWrongFieldIsTheUsersMistakeAndNamed() {
    List<String> s = List.of("vnm-rus-npp-2010");
    assertThatThrownBy(
            () -> new CommitmentStatusEntry(null, "LAPSED", null, s).applyTo(REGISTRY, ID))
        .isInstanceOf(UserInputException.class)
        .hasMessageStartingWith("date: required");
    assertThatThrownBy(
            () -> new CommitmentStatusEntry("2026-13-40", "LAPSED", null, s).applyTo(REGISTRY, ID))
        .isInstanceOf(UserInputException.class)
        .hasMessageStartingWith("date: expected YYYY");
    assertThatThrownBy(
            () -> new CommitmentStatusEntry("2026", "ABANDONED", null, s).applyTo(REGISTRY, ID))
        .isInstanceOf(UserInputException.class)
        .hasMessageStartingWith("status: expected one of")
        .hasMessageContaining("ABANDONED");
    assertThatThrownBy(
            () ->
                new CommitmentStatusEntry("2026", "LAPSED", null, List.of()).applyTo(REGISTRY, ID))
        .isInstanceOf(UserInputException.class)
        .hasMessage("sources: a status needs at least one source");
    assertThatThrownBy(
            () ->
                new CommitmentStatusEntry("2026", "LAPSED", null, List.of("nowhere"))
                    .applyTo(REGISTRY, ID))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("unknown source 'nowhere'");
    // a status dated before the last one: the commitment refuses it, and that is the user's mistake
    // too
    assertThatThrownBy(
            () -> new CommitmentStatusEntry("2009", "LAPSED", null, s).applyTo(REGISTRY, ID))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("out of order");
    assertThatThrownBy(
            () -> new CommitmentStatusEntry("2026", "LAPSED", null, s).applyTo(REGISTRY, "no-such"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("no commitment 'no-such'");
  }
}
