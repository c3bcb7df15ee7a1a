package org.jiuzhu.cli;

import java.util.List;
import org.jiuzhu.core.text.Lang;

/**
 * A command that checks the values of its options itself (a count below 1, a blank text, options
 * that contradict each other) before it reads or writes anything. The command line asks it after
 * parsing, also when picocli refused some options: its problems are said with picocli's, every bad
 * option at once (usage error, exit 2).
 */
interface OptionChecks {
  /**
   * What is wrong with the options as given, each a message in {@code lang} (empty when nothing).
   * An option picocli refused, or a required one not given, is left at its default or null: the
   * checks pass over it.
   */
  List<String> optionProblems(Lang lang);

  /**
   * What {@code option} expects, in words in {@code lang}, where the command knows better than its
   * type says (a count of at least 1,000); empty for the usual words.
   */
  default java.util.Optional<String> expected(Lang lang, String option) {
    return java.util.Optional.empty();
  }
}
