package org.dssamap.render.internal.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.dssamap.model.EcosystemMap;

/**
 * The words a picture uses for an organization's kind: the name the map gives it (a map file's {@code kinds}), else
 * bundled names for the kinds the bundled maps and the generators use, else its id in words ({@code research-organization} becomes "Research
 * organization"). The id itself stays in the data ({@code data-*} attributes, JSON).
 */
public final class KindNames {
  private static final ImmutableMap<String, String> BUNDLED = ImmutableMap.<String, String>builder()
      .put("registry", "Registry")
      .put("registry-backend", "Registry back-end operator")
      .put("cctld", "ccTLD manager")
      .put("gtld", "gTLD registry")
      .put("cert", "CERT / CSIRT")
      .put("cert-alliance", "CERT alliance")
      .put("cert-forum", "CERT forum")
      .put("coordinator", "Coordinator")
      .put("research-organization", "Research organization")
      .put("registrar", "Registrar")
      .put("dns-operator", "DNS operator")
      .put("root-server-operator", "Root server operator")
      .put("rir", "Regional Internet registry (RIR)")
      .put("isac", "ISAC (information sharing centre)")
      .buildOrThrow();

  private KindNames() {}

  /** The display name of {@code kind} on {@code map}: the name the map gives it, else {@link #displayName(String)}. */
  public static String displayName(EcosystemMap map, String kind) {
    String named = map.kindNames().get(requireNonNull(kind, "kind"));
    return named != null ? named : displayName(kind);
  }

  /** The display name of {@code kind} when no map names it: the bundled name, else its id in words. */
  public static String displayName(String kind) {
    requireNonNull(kind, "kind");
    String bundled = BUNDLED.get(kind);
    if (bundled != null) {
      return bundled;
    }
    String words = kind.replace('-', ' ').replace('_', ' ').strip();
    if (words.isEmpty()) {
      return kind;
    }
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
