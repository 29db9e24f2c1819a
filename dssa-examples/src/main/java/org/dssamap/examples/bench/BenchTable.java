package org.dssamap.examples.bench;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/** Formats benchmark rows as one aligned text table: {@code name ours baseline ratio target ok}. */
public final class BenchTable {
  private BenchTable() {}

  /** The table of {@code rows}, one line per row after a header, each line ending in a newline. */
  public static String format(List<BenchRow> rows) {
    List<String[]> lines = new java.util.ArrayList<>();
    lines.add(new String[] {"name", "ours", "baseline", "ratio", "target", "ok", "spread", "compared"});
    for (BenchRow r : rows) {
      boolean bytes = r.name().equals("memory");
      lines.add(new String[] {
          r.name(), r.ours(), r.baseline(),
          Double.isNaN(r.ratio()) ? "-" : bytes ? String.format(Locale.ROOT, "%.1f", r.ratio()) : ratio(r.ratio()),
          "<= " + (bytes ? String.format(Locale.ROOT, "%.0f", r.target()) : ratio(r.target())),
          r.ok() ? "yes" : "no",
          r.spread() == 0 ? "-" : String.format(Locale.ROOT, "±%.0f%%", 50 * r.spread()),
          r.note()});
    }
    int[] widths = new int[lines.get(0).length];
    for (String[] line : lines) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] line : lines) {
      StringBuilder l = new StringBuilder();
      for (int i = 0; i < line.length; i++) {
        l.append(i == 0 || i == line.length - 1 ? pad(line[i], widths[i]) : padLeft(line[i], widths[i]));
        l.append(i == line.length - 1 ? "" : "  ");
      }
      out.append(l.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** A ratio such as {@code 1.76x}, {@code 0.031x} or {@code 0.00021x}: always two significant digits or more. */
  static String ratio(double r) {
    if (r >= 10) {
      return String.format(Locale.ROOT, "%.1fx", r);
    }
    return r >= 0.1 ? String.format(Locale.ROOT, "%.2fx", r) : String.format(Locale.ROOT, "%.2gx", r);
  }

  /** A duration in the largest unit that keeps it above one: {@code 812 ns}, {@code 3.41 ms}, {@code 1.20 s}. */
  public static String duration(double nanos) {
    if (nanos < 1e3) {
      return String.format(Locale.ROOT, "%.1f ns", nanos);
    } else if (nanos < 1e6) {
      return String.format(Locale.ROOT, "%.2f us", nanos / 1e3);
    } else if (nanos < 1e9) {
      return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length());
  }

  private static String padLeft(String s, int width) {
    return " ".repeat(width - s.length()) + s;
  }

  /** The rows as an immutable list, in the order given. */
  static ImmutableList<BenchRow> rows(BenchRow... rows) {
    return ImmutableList.copyOf(rows);
  }
}
