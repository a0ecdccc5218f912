package org.entwine.exchange;

import java.util.List;
import java.util.stream.Collectors;

/** An input was refused; nothing was stored. Lists every problem found (up to a limit). */
public final class ExchangeException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final List<ExchangeProblem> problems;

  public ExchangeException(List<ExchangeProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  public ExchangeException(ExchangeProblem problem) {
    this(List.of(problem));
  }

  public List<ExchangeProblem> problems() {
    return problems;
  }

  private static String describe(List<ExchangeProblem> problems) {
    String head =
        problems.size() == 1 ? "" : problems.size() + " problems; nothing was imported:\n";
    return head
        + problems.stream().map(ExchangeProblem::toString).collect(Collectors.joining("\n"));
  }
}
