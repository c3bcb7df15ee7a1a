package org.jiuzhu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jiuzhu.core.text.Lang;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The files a command writes, for every command alike: before the work ({@link #sameFileProblems},
 * said with the other bad options), no output may be the same file as an input or as another
 * output.
 */
final class OutputFiles {
  /** How a command uses a file it names. */
  enum Role {
    /** Read only. */
    INPUT,
    /** Written (it need not exist yet). */
    OUTPUT,
    /** Read when there and written again ({@code decide record --record}). */
    READ_AND_WRITTEN,
    /** A folder written into ({@code generate-feed --out}). */
    FOLDER
  }

  /** Options that name a file the command writes (it need not exist yet). */
  private static final Set<String> WRITTEN = Set.of("--output", "--report", "--rejects", "--write-population");

  /** A file as the command line names it: the option or argument in words, the path, how it is used. */
  record Named(String name, Path path, Role role) {}

  /** How the command of {@code spec} uses the file(s) of {@code a}. */
  static Role role(CommandSpec spec, ArgSpec a) {
    if (!(a instanceof OptionSpec)) {
      return Role.INPUT;
    }
    String name = ((OptionSpec) a).longestName();
    if ("DIR".equals(a.paramLabel())) {
      return Role.FOLDER;
    }
    if (WRITTEN.contains(name)) {
      return Role.OUTPUT;
    }
    if ("--record".equals(name) && spec.parent() != null && "decide".equals(spec.parent().name()) && "record".equals(spec.name())) {
      return Role.READ_AND_WRITTEN; // the case record is made when missing, else appended to
    }
    return Role.INPUT;
  }

  /** Every file the command line of {@code spec} names, in the order of its options and parameters. */
  static List<Named> named(CommandSpec spec, Lang lang) {
    List<Named> all = new ArrayList<>();
    for (ArgSpec a : spec.args()) {
      Object value = a.getValue();
      List<Path> paths = new ArrayList<>();
      if (value instanceof Path) {
        paths.add((Path) value);
      } else if (value instanceof Collection) {
        for (Object o : (Collection<?>) value) {
          if (o instanceof Path) {
            paths.add((Path) o);
          }
        }
      }
      String name = a instanceof OptionSpec ? ((OptionSpec) a).longestName() : UsageErrors.named(lang, a);
      Role role = role(spec, a);
      for (Path p : paths) {
        all.add(new Named(name, p, role));
      }
    }
    return all;
  }

  /**
   * An output that is the same file as an input or as another output, each said naming both options
   * and paths (a usage error, exit 2, before anything is read or written): writing it would
   * destroy the input, or one output the other.
   */
  static List<String> sameFileProblems(CommandSpec spec, Lang lang) {
    List<Named> files = named(spec, lang);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Named w = files.get(i);
      if (w.role() != Role.OUTPUT && w.role() != Role.READ_AND_WRITTEN) {
        continue;
      }
      // against every input, and every other output given before it (each pair said once)
      for (int j = 0; j < files.size(); j++) {
        Named o = files.get(j);
        if (i == j || o.role() == Role.FOLDER) {
          continue;
        }
        boolean written = o.role() == Role.OUTPUT || o.role() == Role.READ_AND_WRITTEN;
        if (written && j > i || !same(w.path(), o.path())) {
          continue;
        }
        problems.add(written
            ? CliTexts.get(lang, "error.output.sameAsOutput", of(lang, o.name()), o.path(), of(lang, w.name()), w.path())
            : CliTexts.get(lang, "error.output.sameAsInput", of(lang, w.name()), w.path(), of(lang, o.name()), o.path(), w.name()));
      }
    }
    return problems;
  }

  /** The option or argument whose path follows ({@code --output 的}, {@code 家庭信息文件（HOUSEHOLD）的}). */
  private static String of(Lang lang, String name) {
    return CliTexts.get(lang, name.startsWith("-") ? "error.output.of" : "error.output.of.words", name);
  }

  /** True when {@code a} and {@code b} are one file: the same path once normalised and resolved, or the same file on disk. */
  static boolean same(Path a, Path b) {
    if (canonical(a).equals(canonical(b))) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** The absolute, normalised path, its links resolved as far as it exists. */
  private static Path canonical(Path p) {
    Path absolute = p.toAbsolutePath().normalize();
    try {
      if (Files.exists(absolute)) {
        return absolute.toRealPath();
      }
      Path parent = absolute.getParent();
      if (parent != null && Files.exists(parent)) {
        return parent.toRealPath().resolve(absolute.getFileName());
      }
    } catch (IOException e) {
      // as it is
    }
    return absolute;
  }
}
