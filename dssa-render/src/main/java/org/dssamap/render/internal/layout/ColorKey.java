package org.dssamap.render.internal.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Organization;
import org.dssamap.model.Region;
import org.dssamap.render.options.ColorBy;
import org.dssamap.render.options.Theme;

/**
 * Which colour says which kind or region. Every palette colour means exactly one key; when there are more keys
 * than colours, the keys with the most organizations get the colours (ties by key, so the choice is
 * deterministic) and the rest share the theme's neutral {@link Theme#other() other} colour under one legend
 * entry. So no two legend entries ever share a colour and a colour always tells its dots apart from the rest.
 *
 * <p>The key is decided from the whole map, not the filtered placements, so that filtering never recolours an
 * organization and the wheel and the table of one map always agree.
 */
public final class ColorKey {
  private final ColorBy by;
  private final ImmutableMap<String, Color> colored;
  private final ImmutableList<String> others;
  private final Color other;
  private final EcosystemMap map;

  private ColorKey(EcosystemMap map, ColorBy by, ImmutableMap<String, Color> colored, ImmutableList<String> others,
      Color other) {
    this.map = map;
    this.by = by;
    this.colored = colored;
    this.others = others;
    this.other = other;
  }

  /** The key to the colours of {@code map}'s organizations, coloured {@code by} kind or region from {@code theme}. */
  public static ColorKey of(EcosystemMap map, ColorBy by, Theme theme) {
    requireNonNull(map, "map");
    requireNonNull(by, "by");
    Color other = theme.other();
    // a palette colour equal to another, or to the neutral colour, would make two legend entries look alike
    Set<Color> usable = new LinkedHashSet<>(theme.palette());
    usable.remove(other);
    List<Color> palette = List.copyOf(usable);

    List<String> keys = new ArrayList<>();
    Map<String, Integer> counts = new TreeMap<>();
    if (by == ColorBy.REGION) {
      for (Region r : Region.values()) {
        keys.add(r.displayName());
        counts.put(r.displayName(), 0);
      }
      for (Organization o : map.organizations()) {
        o.region().ifPresent(r -> counts.merge(r.displayName(), 1, Integer::sum));
      }
      // regions keep their fixed order, and so their colours from map to map, as long as the palette holds them
      if (keys.size() > palette.size()) {
        keys.sort(Comparator.comparingInt((String k) -> -requireNonNull(counts.get(k))));
      }
    } else {
      for (Organization o : map.organizations()) {
        counts.merge(o.kind(), 1, Integer::sum);
      }
      keys.addAll(counts.keySet());
      // the most distinct colours come first in the palette: give them to the largest groups of dots
      keys.sort(Comparator.comparingInt((String k) -> -requireNonNull(counts.get(k))));
    }

    ImmutableMap.Builder<String, Color> colored = ImmutableMap.builder();
    List<String> rest = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      if (i < palette.size()) {
        colored.put(keys.get(i), palette.get(i));
      } else {
        rest.add(keys.get(i));
      }
    }
    if (by == ColorBy.KIND) {
      rest.sort(Comparator.naturalOrder());
    }
    return new ColorKey(map, by, colored.buildOrThrow(), ImmutableList.copyOf(rest), other);
  }

  /** The colour of organizations whose kind or region is {@code key}; the neutral colour for any other key. */
  public Color colorOf(String key) {
    return colored.getOrDefault(key, other);
  }

  /** The keys with a palette colour of their own, in legend order: most organizations first. */
  public ImmutableMap<String, Color> colored() {
    return colored;
  }

  /** The keys drawn in the neutral colour because the palette ran out: kinds by name, regions largest first. */
  public ImmutableList<String> others() {
    return others;
  }

  /** The neutral colour. */
  public Color other() {
    return other;
  }

  /**
   * The legend text of the neutral colour, or empty when nothing is drawn in it: the keys without a colour of
   * their own, and for regions the organizations whose region is not known.
   */
  public String otherLabel() {
    if (by == ColorBy.REGION) {
      return others.isEmpty() ? "region not known" : "other regions: " + String.join(", ", others)
          + "; region not known";
    }
    return others.isEmpty() ? "" : "other kinds: " + String.join(", ", others.stream().map(this::label).toList());
  }

  /** The legend words of a key: a kind by its display name on the map, a region as it is. */
  public String label(String key) {
    return by == ColorBy.KIND ? KindNames.displayName(map, key) : key;
  }
}
