package org.entwine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.entwine.indicator.VoteAgreement.ABSTAIN;
import static org.entwine.indicator.VoteAgreement.NO;
import static org.entwine.indicator.VoteAgreement.YES;

import java.util.List;
import org.entwine.indicator.VoteAgreement.Period;
import org.entwine.indicator.VoteAgreement.Result;
import org.junit.jupiter.api.Test;

class VoteAgreementTest {
  private static final Period Y2019 = new Period(2019, null);

  private static Result pair(List<Result> rs, int a, int b) {
    return rs.stream().filter(r -> r.a() == a && r.b() == b).findFirst().orElseThrow();
  }

  @Test
  void agreementAndKappaMatchAHandComputation() {
    // Four roll calls; country 0 and 1 vote: (Y,Y) (Y,N) (N,N) (A,Y).
    // po = 2/4 = 0.5. Country 0 marginals: Y 2/4, A 1/4, N 1/4; country 1: Y 2/4, A 0, N 2/4.
    // pe = 0.5*0.5 + 0.25*0 + 0.25*0.5 = 0.375; kappa = (0.5 - 0.375) / (1 - 0.375) = 0.2.
    VoteAgreement v = new VoteAgreement(3);
    int[][] votes = {{YES, YES}, {YES, NO}, {NO, NO}, {ABSTAIN, YES}};
    for (int[] call : votes) v.add(Y2019, new int[] {0, 1}, call, 2);
    Result r = pair(v.results(), 0, 1);
    assertThat(r.votes()).isEqualTo(4);
    assertThat(r.agreement()).isEqualTo(0.5);
    assertThat(r.kappa()).isCloseTo(0.2, within(1e-12));
  }

  @Test
  void onlyRollCallsBothVotedOnCountAndVoterOrderDoesNotMatter() {
    VoteAgreement v = new VoteAgreement(3);
    v.add(Y2019, new int[] {2, 0}, new int[] {NO, YES}, 2);
    v.add(Y2019, new int[] {0, 1}, new int[] {YES, YES}, 2); // 2 absent
    v.add(Y2019, new int[] {1, 2, 0}, new int[] {NO, NO, YES}, 3);
    List<Result> rs = v.results();
    assertThat(pair(rs, 0, 2).votes()).isEqualTo(2);
    assertThat(pair(rs, 0, 2).agreement()).isEqualTo(0.0);
    assertThat(pair(rs, 1, 2).votes()).isEqualTo(1);
    assertThat(pair(rs, 1, 2).agreement()).isEqualTo(1.0);
    assertThat(pair(rs, 1, 2).kappa())
        .as("both always voted no: chance agreement is total")
        .isNaN();
  }

  @Test
  void periodsAndIssuesAreKeptApart() {
    VoteAgreement v = new VoteAgreement(2);
    v.add(new Period(2018, null), new int[] {0, 1}, new int[] {YES, NO}, 2);
    v.add(new Period(2019, null), new int[] {0, 1}, new int[] {YES, YES}, 2);
    v.add(new Period(2019, "hr"), new int[] {0, 1}, new int[] {YES, YES}, 2);
    assertThat(v.results())
        .extracting(r -> r.period().year() + "/" + r.period().issue() + "=" + r.agreement())
        .containsExactly("2018/null=0.0", "2019/null=1.0", "2019/hr=1.0");
  }
}
