package org.dssamap.examples.maps;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.dssamap.model.Ids;

/**
 * Registrar families (R1, rule 7 of docs/real-world-map.md): the accreditations one business holds under names
 * that differ only by a number ("DropCatch.com 345 LLC", "DropCatch.com 346 LLC"...), which drop-catching
 * registrars multiply to get more connections to a registry. One family is one organization.
 *
 * <ol>
 *   <li>The <b>stem</b> of a name is the name with its shell numbers taken out: a run of digits, not at the start
 *       of the name, that follows a letter, a space, a {@code #} or a {@code " - "} and ends the word
 *       ("SNAPNAMES 72, LLC" → "SNAPNAMES, LLC"; "Dynadot2 LLC" → "Dynadot LLC"; "Sav.com, LLC - 7" → "Sav.com,
 *       LLC"; "NamePal.com #8028, LLC" → "NamePal.com, LLC"; "17 Domain 1, Limited" → "17 Domain, Limited").
 *   <li>The <b>key</b> of a name is its stem as a slug, less the legal forms at its end ({@code llc}, {@code
 *       inc}, {@code ltd}, {@code limited}, {@code gmbh}...): "Dynadot Inc" and "Dynadot2 LLC" both have the key
 *       {@code dynadot}.
 *   <li>A <b>family</b> is the names of one key when there are at least two and at least one of them had a shell
 *       number.
 *   <li>A family's <b>brand</b> is the first word of its key when that word has five characters or more and a
 *       letter; a name outside every family whose key starts with exactly one family's brand as a whole word
 *       joins that family ("Dropcatch Auction LLC", "Gname.com Pte. Ltd.").
 *   <li>A family's organization is named by the stem of its numbered member with the lowest IANA id; every
 *       other name stays its own.
 * </ol>
 */
final class RegistrarFamilies {
  /** One accreditation: its IANA id and the registrar name IANA lists. */
  record Accreditation(int ianaId, String name) {}

  private static final Pattern SHELL_NUMBER =
      Pattern.compile("(?:\\s+-\\s*|\\s*#|\\s+|(?<=\\p{L}))\\d+(?=[^\\p{L}\\p{N}]|$)");

  private static final ImmutableSet<String> LEGAL_FORMS = ImmutableSet.of("llc", "l.l.c", "inc", "inc.", "ltd",
      "ltd.", "limited", "co", "co.", "corp", "corp.", "corporation", "company", "gmbh", "pte", "pte.", "plc", "sa",
      "s.a", "sas", "sarl", "srl", "s.r.l", "s.r.o", "bv", "b.v", "ag", "ab", "pty", "lp", "llp", "kg", "oy", "as");

  private static final int MIN_BRAND = 5;

  private final ImmutableMap<Integer, String> familyNameById;
  private final ImmutableMap<String, Integer> familySizes;

  private RegistrarFamilies(ImmutableMap<Integer, String> familyNameById, ImmutableMap<String, Integer> familySizes) {
    this.familyNameById = familyNameById;
    this.familySizes = familySizes;
  }

  /** The families among {@code accreditations} (ids unique). */
  static RegistrarFamilies of(List<Accreditation> accreditations) {
    List<Accreditation> byId = new ArrayList<>(accreditations);
    byId.sort(Comparator.comparingInt(Accreditation::ianaId));
    Map<String, List<Accreditation>> byKey = new TreeMap<>();
    for (Accreditation a : byId) {
      byKey.computeIfAbsent(key(a.name()), k -> new ArrayList<>()).add(a);
    }
    Map<String, List<Accreditation>> families = new TreeMap<>();
    byKey.forEach((key, members) -> {
      if (members.size() >= 2 && members.stream().anyMatch(a -> hasShellNumber(a.name()))) {
        families.put(key, new ArrayList<>(members));
      }
    });
    Map<String, List<String>> brands = new HashMap<>();
    families.keySet().forEach(key -> brand(key).ifPresent(b -> brands.computeIfAbsent(b, x -> new ArrayList<>())
        .add(key)));
    byKey.forEach((key, members) -> {
      if (families.containsKey(key)) {
        return;
      }
      List<String> joined = brands.getOrDefault(firstWord(key), List.of());
      if (joined.size() == 1) {
        Objects.requireNonNull(families.get(joined.get(0))).addAll(members);
      }
    });
    Map<Integer, String> names = new HashMap<>();
    Map<String, Integer> sizes = new TreeMap<>();
    families.values().forEach(members -> {
      String name = stem(members.stream().filter(a -> hasShellNumber(a.name()))
          .min(Comparator.comparingInt(Accreditation::ianaId)).orElseThrow().name());
      members.forEach(a -> names.put(a.ianaId(), name));
      sizes.merge(name, members.size(), Integer::sum);
    });
    return new RegistrarFamilies(ImmutableMap.copyOf(names), ImmutableMap.copyOf(sizes));
  }

  /** The name of the organization an accreditation belongs to: its family's, or its own. */
  String organizationName(Accreditation a) {
    return familyNameById.getOrDefault(a.ianaId(), a.name());
  }

  /** The families by organization name, with how many accreditations each has. */
  ImmutableMap<String, Integer> familySizes() {
    return familySizes;
  }

  /** The name with its shell numbers taken out, white space tidied. */
  static String stem(String name) {
    String s = SHELL_NUMBER.matcher(name.trim()).replaceAll("");
    return s.replaceAll("\\s+", " ").replaceAll(" ,", ",").trim();
  }

  static boolean hasShellNumber(String name) {
    return !stem(name).equals(name.replaceAll("\\s+", " ").trim());
  }

  /** The stem as a slug, less the legal forms at its end. */
  static String key(String name) {
    List<String> words = new ArrayList<>(Arrays.asList(Ids.slugify(stem(name)).split("-")));
    while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return String.join("-", words);
  }

  private static String firstWord(String key) {
    return key.split("[-.]", 2)[0];
  }

  private static Optional<String> brand(String key) {
    String w = firstWord(key);
    return w.length() >= MIN_BRAND && w.chars().anyMatch(Character::isLetter) ? Optional.of(w)
        : Optional.empty();
  }
}
