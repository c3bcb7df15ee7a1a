package org.jiuzhu.core.text;

import com.google.common.collect.ImmutableList;
import java.util.Collection;

/**
 * A list of ids, names, numbers or texts as one argument of a message, joined in the language of
 * the message: {@code 3、7、9} in Chinese (the enumeration comma), {@code 3, 7, 9} in English —
 * never an ASCII {@code ", "} in Chinese text. A {@link Text} item is rendered in the same language.
 * (A plain {@link Collection} argument is joined the same in Chinese and bracketed in English.)
 *
 * <pre>{@code
 * TEXTS.text("lines", Listing.of(List.of(3, 7, 9)))   // 第 3、7、9 行 / lines 3, 7, 9
 * }</pre>
 */
public final class Listing {
  private final ImmutableList<Object> items;

  private Listing(ImmutableList<Object> items) {
    this.items = items;
  }

  /** The items, in order. */
  public static Listing of(Collection<?> items) {
    return new Listing(ImmutableList.copyOf(items));
  }

  /** The items joined in {@code lang}. */
  public String in(Lang lang) {
    StringBuilder b = new StringBuilder();
    for (Object o : items) {
      if (b.length() > 0) {
        b.append(lang == Lang.ZH ? "、" : ", ");
      }
      b.append(o instanceof Text t ? t.in(lang) : String.valueOf(o));
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Listing && ((Listing) o).items.equals(items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }

  /** The items in English. */
  @Override
  public String toString() {
    return in(Lang.EN);
  }
}
