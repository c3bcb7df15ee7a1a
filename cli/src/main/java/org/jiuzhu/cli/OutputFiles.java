package org.jiuzhu.cli;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiuzhu.core.text.Lang;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The files a command writes, for every command alike.
 *
 * <p>Before the work ({@link #sameFileProblems}, said with the other bad options; {@link
 * #placeProblem}, said with the other file problems by {@link FileArguments}): no output may be
 * the same file as an input or as another output, and each must be writable where it goes (its
 * folder exists and may be written in; a file already there may be written).
 *
 * <p>During the work, an instance, the first resource of the command's {@code try}: each output is
 * written to a file of its own beside it ({@link #to}); the command says when the whole run has
 * succeeded ({@link #succeeded}), and when the instance is closed, after the writers declared after
 * it, they are all moved over their places; a run that fails leaves nothing behind and every file
 * already there as it was. An
 * output gets the permissions of a file the user creates (the umask's), or keeps those of the file
 * it replaces.
 */
final class OutputFiles implements Closeable {
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

  /** The files an option or parameter names: its value when it is a path, or the paths among its values. */
  static List<Path> paths(ArgSpec a) {
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
    return paths;
  }

  /** Every file the command line of {@code spec} names, in the order of its options and parameters. */
  static List<Named> named(CommandSpec spec, Lang lang) {
    List<Named> all = new ArrayList<>();
    for (ArgSpec a : spec.args()) {
      List<Path> paths = paths(a);
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

  /**
   * What keeps an output from being written where it goes, each naming the option and the user's
   * path: its folder missing, or not a folder, or not writable; the file there not writable. For a
   * folder written into: a file of that name, or a folder above it that cannot be written in.
   * Null when nothing.
   */
  static String placeProblem(Lang lang, String name, Path file, Role role) {
    Path absolute = file.toAbsolutePath().normalize();
    if (role == Role.FOLDER) {
      if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
        Path parent = file.getParent();
        return CliTexts.get(lang, "error.output.folderIsFile", name, file, parent == null ? "." : parent.toString());
      }
      Path existing = absolute;
      while (existing != null && !Files.exists(existing)) {
        existing = existing.getParent();
      }
      if (existing == null) {
        return null;
      }
      if (!Files.isDirectory(existing)) {
        return CliTexts.get(lang, "error.output.folderUnder", name, file, existing);
      }
      return Files.isWritable(existing) ? null : CliTexts.get(lang, "error.output.folderUnwritable", name, file, existing);
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
      // a device or a pipe (/dev/stdout): written as it is, where it is
      return Files.isWritable(absolute) ? null : CliTexts.get(lang, "error.output.unwritable", name, file);
    }
    Path folder = absolute.getParent();
    if (folder == null) {
      return null;
    }
    if (!Files.isDirectory(folder)) {
      return CliTexts.get(lang, Files.exists(folder) ? "error.output.notFolder" : "error.output.noFolder", name, file, folder);
    }
    if (!Files.isWritable(folder)) {
      return CliTexts.get(lang, "error.output.folderUnwritable", name, file, folder);
    }
    if (Files.exists(absolute) && !Files.isWritable(absolute)) {
      return CliTexts.get(lang, "error.output.unwritable", name, file);
    }
    return null;
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

  /**
   * The files being written beside their places, not yet moved or deleted: deleted by a shutdown
   * hook when the JVM is stopped mid-run (Ctrl-C, SIGTERM), so a stopped run leaves no hidden file
   * (a run killed with SIGKILL runs no hook and may).
   */
  private static final Set<Path> LIVE = java.util.concurrent.ConcurrentHashMap.newKeySet();

  static {
    Thread hook = new Thread(() -> {
      for (Path temp : LIVE) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException e) {
          // stopping: nothing more can be done for it
        }
      }
    }, "jiuzhu-output-cleanup");
    try {
      Runtime.getRuntime().addShutdownHook(hook);
    } catch (IllegalStateException | SecurityException e) {
      // the JVM is already stopping, or hooks are not allowed: files are still deleted by close()
    }
  }

  /** Every file written beside its place in this run, and the output as the user gave it (for errors). */
  private static final Map<Path, Path> GIVEN = new java.util.concurrent.ConcurrentHashMap<>();

  /** The outputs of the last run that failed (their files deleted), as the user gave them. */
  private static volatile List<Path> dropped = List.of();

  /**
   * The output as the user gave it when {@code file} (a path an exception names) is a file
   * written beside it; empty for any other file.
   */
  static java.util.Optional<Path> given(String file) {
    if (file == null) {
      return java.util.Optional.empty();
    }
    Path p = Path.of(file).toAbsolutePath().normalize();
    return java.util.Optional.ofNullable(GIVEN.get(p));
  }

  /** A new run of the command line: forgets the outputs of the runs before it. */
  static void newRun() {
    GIVEN.clear();
    dropped = List.of();
  }

  /** The outputs of the last run that failed while they were being written, as the user gave them. */
  static List<Path> dropped() {
    return dropped;
  }

  /** Each file being written and the place it goes when the run succeeds. */
  private final Map<Path, Path> places = new LinkedHashMap<>();

  /** Every output asked of this instance, as the user gave it. */
  private final List<Path> outputs = new ArrayList<>();

  /** True once the command said the whole run succeeded. */
  private boolean succeeded;

  /**
   * The file to write {@code output} to: a new file beside it, its name hidden and ending as the
   * output's (the same extension). It is moved over {@code output} when this is closed after the
   * run {@link #succeeded}, else deleted. A device or a pipe ({@code /dev/stdout}) is written as it is.
   */
  Path to(Path output) {
    outputs.add(output);
    if (Files.exists(output) && !Files.isRegularFile(output) && !Files.isDirectory(output)) {
      return output;
    }
    Path place = output.toAbsolutePath().normalize();
    try {
      if (Files.exists(place)) {
        place = place.toRealPath(); // a link is written through, as the shell's > does
      }
    } catch (IOException e) {
      // the place as given
    }
    Path temp;
    do {
      String tag = Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong() >>> 16);
      temp = place.resolveSibling(".jiuzhu-" + tag + "-" + place.getFileName());
    } while (Files.exists(temp, LinkOption.NOFOLLOW_LINKS) || places.containsKey(temp));
    places.put(temp, place);
    GIVEN.put(temp, output);
    LIVE.add(temp);
    return temp;
  }

  /** The whole run succeeded: every file written goes to its place when this is closed. */
  void succeeded() {
    succeeded = true;
  }

  /**
   * Moves every file written over its place (a file already there is replaced, its permissions
   * kept); an output the run did not write is left as it was.
   */
  private void commit() throws IOException {
    for (Map.Entry<Path, Path> e : new ArrayList<>(places.entrySet())) {
      Path temp = e.getKey();
      Path place = e.getValue();
      if (Files.exists(temp, LinkOption.NOFOLLOW_LINKS)) {
        keepPermissions(place, temp);
        try {
          Files.move(temp, place, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException x) {
          Files.move(temp, place, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      places.remove(temp);
      LIVE.remove(temp);
    }
  }

  /** The permissions of the file at {@code place}, if there is one, given to {@code temp}. */
  private static void keepPermissions(Path place, Path temp) throws IOException {
    if (!Files.exists(place)) {
      return; // a new file: the permissions it was created with (the umask's)
    }
    PosixFileAttributeView from = Files.getFileAttributeView(place, PosixFileAttributeView.class);
    PosixFileAttributeView to = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (from != null && to != null) {
      to.setPermissions(from.readAttributes().permissions());
    }
  }

  /**
   * After a run that {@link #succeeded}, moves every file written over its place; else (or a move
   * failed) deletes every file written and not moved: a failed run leaves nothing behind.
   */
  @Override
  public void close() throws IOException {
    try {
      if (succeeded) {
        commit();
      }
    } finally {
      deleteRest();
    }
  }

  private void deleteRest() throws IOException {
    if (!succeeded && !outputs.isEmpty()) {
      dropped = List.copyOf(outputs);
    }
    IOException first = null;
    for (Path temp : places.keySet()) {
      try {
        Files.deleteIfExists(temp);
        LIVE.remove(temp);
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    places.clear();
    if (first != null) {
      throw first;
    }
  }
}
