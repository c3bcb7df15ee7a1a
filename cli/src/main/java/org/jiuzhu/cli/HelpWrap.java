package org.jiuzhu.cli;

import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Keeps the usage help from wrapping inside a word: picocli breaks its lines where the JDK's line
 * {@link java.text.BreakIterator} allows, and that allows a break after a dot or a hyphen or a slash inside a
 * word ({@code .csv or .}/{@code parquet)}, {@code --write-}/{@code population}, {@code households.}/{@code jsonl})
 * and between a number and its unit. The usage bundle's texts are given to picocli with such a dot,
 * hyphen or slash replaced by a private-use letter (no break inside a run of letters) and the space
 * between a number and its unit by a no-break space; every help section is put back as written once
 * picocli has laid it out. Widths are unchanged: each stand-in is one character for one.
 */
final class HelpWrap {
  private static final char DOT = '\uE000';
  private static final char HYPHEN = '\uE001';
  private static final char SLASH = '\uE002';
  private static final char NO_BREAK = '\u00A0';
  /** A dot, hyphen or slash followed by a letter, digit or hyphen (an extension, an option, a path); or a number's space. */
  private static final Pattern GLUE = Pattern.compile("\\$\\{[^}]*}|[.\\-/](?=[\\p{L}\\p{N}\\-])|(?<=\\p{N}) (?=[\\p{L}%])"
      + "|(?<=\\p{IsHan}) (?=\\p{N})");

  private HelpWrap() {}

  /** {@code text} with its no-break points marked for picocli ({@code ${...}} variables left as they are). */
  static String glued(String text) {
    Matcher m = GLUE.matcher(text);
    StringBuilder sb = new StringBuilder(text.length());
    while (m.find()) {
      String g = m.group();
      String r = g.length() > 1 ? g : switch (g.charAt(0)) {
        case '.' -> String.valueOf(DOT);
        case '-' -> String.valueOf(HYPHEN);
        case '/' -> String.valueOf(SLASH);
        default -> String.valueOf(NO_BREAK);
      };
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    return m.appendTail(sb).toString();
  }

  /** {@code text} as written again. */
  static String unglued(String text) {
    return text.replace(DOT, '.').replace(HYPHEN, '-').replace(SLASH, '/').replace(NO_BREAK, ' ');
  }

  /** {@code bundle} with every text {@link #glued}. */
  static ResourceBundle glued(ResourceBundle bundle) {
    return new ResourceBundle() {
      @Override
      protected Object handleGetObject(String key) {
        Object o = bundle.getObject(key);
        return o instanceof String s ? glued(s) : o;
      }

      @Override
      public Enumeration<String> getKeys() {
        return bundle.getKeys();
      }

      @Override
      public Locale getLocale() {
        return bundle.getLocale();
      }
    };
  }

  /**
   * Every help section of {@code root} and its subcommands put back as written after layout, and the
   * annotations' texts of every command glued (once). {@link CommandLine#setHelpSectionMap} on the root
   * gives the map to every subcommand too, so the annotations are glued over the whole tree here, not
   * per command while the sections are replaced.
   */
  static void unglueSections(CommandLine root) {
    Map<String, CommandLine.IHelpSectionRenderer> sections = root.getHelpSectionMap();
    if (!(sections.get(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION) instanceof Unglued)) {
      glueAnnotations(root);
      sections.replaceAll((k, r) -> r instanceof Unglued ? r : new Unglued(r));
      root.setHelpSectionMap(sections);
    }
  }

  /**
   * The annotations' own texts (English: the usage bundle of zh replaces them, that of en has none)
   * of {@code cl} and its subcommands glued too. picocli keeps an option's description in a private
   * array without a setter: its elements are replaced in place, read by reflection.
   */
  private static void glueAnnotations(CommandLine cl) {
    CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
    CommandLine.Model.UsageMessageSpec usage = spec.usageMessage();
    usage.description(glued(usage.description()));
    usage.header(glued(usage.header()));
    usage.footer(glued(usage.footer()));
    for (CommandLine.Model.ArgSpec a : spec.args()) {
      try {
        java.lang.reflect.Field f = CommandLine.Model.ArgSpec.class.getDeclaredField("description");
        f.setAccessible(true);
        String[] texts = (String[]) f.get(a);
        for (int i = 0; texts != null && i < texts.length; i++) {
          texts[i] = glued(texts[i]);
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        break; // another picocli: the options are laid out as before
      }
    }
    cl.getSubcommands().values().forEach(HelpWrap::glueAnnotations);
  }

  private static String[] glued(String[] texts) {
    return texts == null ? null : java.util.Arrays.stream(texts).map(HelpWrap::glued).toArray(String[]::new);
  }

  private record Unglued(CommandLine.IHelpSectionRenderer inner) implements CommandLine.IHelpSectionRenderer {
    @Override
    public String render(CommandLine.Help help) {
      return unglued(inner.render(help));
    }
  }
}
