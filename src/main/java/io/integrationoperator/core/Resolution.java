package io.integrationoperator.core;

import java.util.List;

/** The outcome of resolving an installation: its effective authorization, or what is wrong. */
public sealed interface Resolution {
  /** Everything checked out. */
  record Resolved(EffectiveAuthorization authorization) implements Resolution {}

  /** Every problem found, in the order of the fields they concern; never empty. */
  record Rejected(List<Problem> problems) implements Resolution {
    public Rejected {
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a rejection needs a problem");
      }
      problems = List.copyOf(problems);
    }
  }
}
