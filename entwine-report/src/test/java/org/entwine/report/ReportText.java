package org.entwine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entwine.app.Assessment;
import org.entwine.app.Assessor;
import org.entwine.registry.Registry;
import org.entwine.testing.EnglishWords;

/** What the report tests read a report's text against. */
final class ReportText {
  private ReportText() {}

  /** English words as the report's messages define them (the English less the Vietnamese). */
  static EnglishWords english() {
    return EnglishWords.of(Messages.of("en").texts().values(), Messages.of("vi").texts().values());
  }

  /**
   * What may stay as written in a Vietnamese report: names (actors and their codes, documents,
   * mechanisms), sources' titles and the citations of the sources, the records' own words
   * (commitments' texts, who reported an outcome), and the commands a reader types.
   */
  static List<String> namesAndTitles(Registry r, PortfolioReport.Content c) {
    List<String> out = new ArrayList<>(c.datasets());
    out.addAll(List.of("--as-of", "entwine events load"));
    out.addAll(org.entwine.testing.OwnWords.of(r));
    // the outcomes reported for a commitment: who reported the figure, in their own words
    r.outcomes()
        .forEach(
            o -> {
              out.add(o.id());
              out.add(o.reportedBy());
              out.add(o.text());
            });
    return out;
  }

  /**
   * The reasons the core gives as keys read, in English, as the core's own English sentences; and
   * in Vietnamese with every placeholder filled.
   */
  static void reasonsReadAsTheCoreWordsThem(Assessor.Assessments a) {
    Messages en = Messages.of("en");
    Messages vi = Messages.of("vi");
    assertThat(a.partners()).isNotEmpty();
    for (Assessment p : a.partners()) {
      var c = p.confidence();
      assertThat(en.reason(p.standing().why())).as(p.partner()).isEqualTo(p.standing().reason());
      assertThat(en.reason(c.why())).as(p.partner()).isEqualTo(c.reason());
      assertThat(c.bindingWhy().stream().map(en::reason).toList())
          .as(p.partner())
          .isEqualTo(c.binding());
      var e = p.eventConfidence();
      if (e != null) {
        assertThat(en.reason(e.why())).as(p.partner()).isEqualTo(e.reason());
        assertThat(en.reason(e.basisWhy())).as(p.partner()).isEqualTo(e.basis());
      }
      assertThat(vi.reason(p.standing().why())).as(p.partner()).doesNotContain("{", "}");
    }
  }
}
