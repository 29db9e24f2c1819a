package org.dssamap.examples.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.dssamap.examples.maps.RegistrarFamilies.Accreditation;
import org.junit.jupiter.api.Test;

/** R1, rule 7: accreditations whose names differ only by a number are one registrar family. */
class RegistrarFamiliesTest {
  private static final List<String> BRANDS = List.of("Alderbrook", "Bramblewood", "Cobaltline", "Driftstone",
      "Emberfield", "Foxglove", "Glimmerpath", "Hollowmere");
  private static final List<String> LONE_NAMES = List.of("Quietharbor Registrar, Inc.", "Ravenscroft Domains Ltd",
      "Silverbirch Names GmbH", "Tanglewood Internet LLC", "West Wind Registry Corp.");
  private static final List<String> LEGAL_FORMS = List.of("LLC", "Inc.", "Ltd", "Limited", "GmbH");

  /** A family member's name, the number written in one of the ways the IANA list writes shell numbers. */
  private static String numbered(String brand, int style, int number, String legal) {
    return switch (style) {
      case 0 -> brand + " " + number + " " + legal; // DropCatch.com 345 LLC, Gname 001 Inc
      case 1 -> brand + number + " " + legal; // Dynadot2 LLC
      case 2 -> brand + ".com #" + number + ", " + legal; // NamePal.com #8028, LLC
      default -> brand + ".com, " + legal + " - " + number; // Sav.com, LLC - 7
    };
  }

  private static String name(RegistrarFamilies f, Accreditation a) {
    return f.organizationName(a);
  }

  @Test
  void namesThatDifferOnlyByANumberAreOneOrganizationAndEveryOtherNameIsItsOwn() {
    qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      List<String> brands = new ArrayList<>(BRANDS);
      Collections.shuffle(brands, random);
      List<List<Accreditation>> families = new ArrayList<>();
      List<Accreditation> all = new ArrayList<>();
      int id = 1;
      for (String brand : brands.subList(0, 1 + random.nextInt(4))) {
        int style = random.nextInt(4);
        String legal = LEGAL_FORMS.get(random.nextInt(LEGAL_FORMS.size()));
        Set<Integer> numbers = new HashSet<>();
        List<Accreditation> family = new ArrayList<>();
        for (int n = 2 + random.nextInt(4); numbers.size() < n; ) {
          int number = 1 + random.nextInt(9_999);
          if (numbers.add(number)) {
            family.add(new Accreditation(id++, numbered(brand, style, number, legal)));
          }
        }
        families.add(family);
        all.addAll(family);
      }
      List<Accreditation> lone = new ArrayList<>();
      for (String n : LONE_NAMES) {
        if (random.nextBoolean()) {
          lone.add(new Accreditation(id++, n));
        }
      }
      all.addAll(lone);
      Collections.shuffle(all, random);
      RegistrarFamilies f = RegistrarFamilies.of(all);
      Set<String> familyNames = new HashSet<>();
      for (List<Accreditation> family : families) {
        String first = name(f, family.get(0));
        family.forEach(a -> assertEquals(first, name(f, a), a::toString));
        assertFalse(first.matches(".*\\d.*"), first);
        assertEquals(true, familyNames.add(first), "two families share the name " + first);
      }
      lone.forEach(a -> assertEquals(a.name(), name(f, a)));
      assertEquals(families.size(), f.familySizes().size());
    });
  }

  @Test
  void theStemTakesOutTheShellNumberAsTheIanaListWritesIt() {
    assertEquals("DropCatch.com LLC", RegistrarFamilies.stem("DropCatch.com 345 LLC"));
    assertEquals("SNAPNAMES, LLC", RegistrarFamilies.stem("SNAPNAMES 72, LLC"));
    assertEquals("Dynadot LLC", RegistrarFamilies.stem("Dynadot2 LLC"));
    assertEquals("Sav.com, LLC", RegistrarFamilies.stem("Sav.com, LLC - 7"));
    assertEquals("NamePal.com, LLC", RegistrarFamilies.stem("NamePal.com #8028, LLC"));
    assertEquals("17 Domain, Limited", RegistrarFamilies.stem("17 Domain 1, Limited"));
    assertEquals("22net, Inc.", RegistrarFamilies.stem("22net, Inc."), "a number that starts the name stays");
    assertEquals("Web4Africa Inc", RegistrarFamilies.stem("Web4Africa Inc"), "a number inside a word stays");
  }

  @Test
  void theLegalFormAndABrandWordJoinANameToItsFamily() {
    List<Accreditation> data = List.of(new Accreditation(472, "Dynadot Inc"), new Accreditation(1559, "Dynadot2 LLC"),
        new Accreditation(1637, "Dynadot0 LLC"), new Accreditation(2841, "Dropcatch Auction LLC"),
        new Accreditation(1756, "DropCatch.com 345 LLC"), new Accreditation(1757, "DropCatch.com 346 LLC"),
        new Accreditation(2844, "Dropcatching Names LLC"), new Accreditation(3872, "17 Domain Limited"),
        new Accreditation(3876, "17 Domain 1, Limited"), new Accreditation(1, "Example LLC"),
        new Accreditation(2, "Example Inc"));
    RegistrarFamilies f = RegistrarFamilies.of(data);
    assertEquals("Dynadot LLC", f.organizationName(data.get(0)));
    assertEquals("DropCatch.com LLC", f.organizationName(data.get(3)));
    assertEquals("Dropcatching Names LLC", f.organizationName(data.get(6)), "another word is another name");
    assertEquals("17 Domain, Limited", f.organizationName(data.get(7)));
    // No shell number, no family: two legal forms of one name are left to R1's other rules.
    assertNotEquals(f.organizationName(data.get(9)), f.organizationName(data.get(10)));
    assertEquals(3, f.familySizes().get("DropCatch.com LLC"));
  }
}
