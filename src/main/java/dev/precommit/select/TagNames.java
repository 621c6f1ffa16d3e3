package dev.precommit.select;

import java.util.Set;

/**
 * The tags a hook's {@code types}, {@code types_or} and {@code exclude_types} may name: pre-commit
 * rejects a config that names a tag identify does not know, so config validation asks here. Backed
 * by the same generated tables the classifier uses, so the two cannot disagree.
 */
public final class TagNames {
  private TagNames() {}

  /** True when {@code tag} is one of identify's tags (its {@code ALL_TAGS}). */
  public static boolean isKnown(String tag) {
    return IdentifyTables.ALL_TAGS.contains(tag);
  }

  /** Every tag, unordered. */
  public static Set<String> all() {
    return IdentifyTables.ALL_TAGS;
  }
}
