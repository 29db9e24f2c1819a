package org.dssamap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.dssamap.model.Confidentiality;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Relationship;
import org.dssamap.model.json.MapJson;
import org.dssamap.model.testing.DssaGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * Nothing restricted leaks into any output of any command run with {@code --public}: no id, name, note, url or kind
 * of an organization the public view leaves out, no note of a restricted placement or relationship, and no count
 * that includes them (every output equals the same command's output on the public view, written out as a map).
 */
class PublicOutputPropertiesTest {
  @TempDir
  Path dir;

  /**
   * Maps whose every organization, restricted note and relationship note carries a marker that no other text holds:
   * ids {@code zqNx}, and every name, note, url and (for restricted organizations) kind built from the id.
   */
  private static Gen<EcosystemMap> markedMaps() {
    return DssaGenerators.maps(8).map(map -> {
      EcosystemMap.Builder b = EcosystemMap.builder(map.catalog()).title(map.title());
      for (Organization o : map.organizations()) {
        String id = marker(o.id());
        b.addOrganization(new Organization(id, "Name " + id, o.isPublic() ? o.kind() : id + "-kind", o.region(),
            Optional.of("https://" + id + ".example/"), Optional.of("Note " + id), OptionalLong.of(3),
            o.confidentiality()));
      }
      for (Placement p : map.placements()) {
        Placement q = new Placement(marker(p.organization()), p.cell(), p.status(), p.source(),
            Optional.of("placement of " + marker(p.organization()) + (p.isPublic() ? "" : " zqsecretnote")), p.asOf(),
            p.confidentiality(), p.dispute().map(d -> org.dssamap.model.Dispute.of(marker(d.by()), d.reason())));
        b.addPlacement(q);
      }
      int i = 0;
      for (Relationship r : map.relationships()) {
        b.addRelationship(new Relationship(marker(r.from()), marker(r.to()), r.kind(), r.functions(),
            Optional.of(r.isPublic() ? "link " + i++ : "zqsecretlink " + i++), r.confidentiality()));
      }
      return b.build();
    });
  }

  private static String marker(String id) {
    return id.startsWith("org-") ? "zq" + id.substring(4) + "x" : id;
  }

  /**
   * What no public output may contain, by definition: the markers of restricted notes, and the ids (which every
   * name, note, url and restricted kind holds) of restricted organizations and of organizations whose placements
   * are all restricted.
   */
  private static Set<String> secrets(EcosystemMap map) {
    Set<String> secrets = new TreeSet<>(List.of("zqsecretnote", "zqsecretlink"));
    for (Organization o : map.organizations()) {
      List<Placement> own = map.placementsOf(o.id());
      if (!o.isPublic() || (!own.isEmpty() && own.stream().noneMatch(Placement::isPublic))) {
        secrets.add(o.id());
      }
    }
    return secrets;
  }

  private Path write(String name, EcosystemMap map) {
    try {
      Path file = dir.resolve(name);
      Files.writeString(file, MapJson.write(map));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every output of every command on {@code map}: stdout, or the file written. */
  private List<String> outputs(Path map, boolean asPublic, String tag) {
    List<String> all = new ArrayList<>();
    List<List<String>> commands = List.of(
        List.of("analyze", map.toString()),
        List.of("analyze", map.toString(), "--format", "json"),
        List.of("convert", map.toString(), out(tag, "map.json")),
        List.of("convert", map.toString(), out(tag, "sheet.csv"), "--relationships-out", out(tag, "links.csv")),
        List.of("render", map.toString(), "--out", out(tag, "wheel.svg")),
        List.of("render", map.toString(), "--view", "table", "--out", out(tag, "table.svg")),
        List.of("report", map.toString(), "--out", out(tag, "report.html")),
        List.of("diff", write("empty-" + tag + ".json", EcosystemMap.builder().build()).toString(), map.toString()));
    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(command);
      if (asPublic) {
        args.add("--public");
      }
      Cli r = Cli.run(args.toArray(String[]::new));
      assertTrue(r.exitCode() == 0, () -> args + "\n" + r);
      all.add(String.join(" ", command.subList(0, 1)) + ":\n" + r.out());
      for (String a : args) {
        if (a.startsWith(dir.resolve(tag).toString())) {
          try {
            all.add(Files.readString(Path.of(a)));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return all;
  }

  private String out(String tag, String name) {
    try {
      Files.createDirectories(dir.resolve(tag));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir.resolve(tag).resolve(name).toString();
  }

  @Test
  void noRestrictedTextOrCountReachesAnyPublicOutput() {
    int[] run = new int[1];
    qt().withExamples(12).forAll(markedMaps()).checkAssert(map -> {
      int n = run[0]++;
      Path file = write("map-" + n + ".json", map);
      Path publicFile = write("public-" + n + ".json", map.publicView());
      List<String> withPublic = outputs(file, true, "a" + n);
      List<String> ofPublicView = outputs(publicFile, false, "b" + n);
      for (String output : withPublic) {
        for (String secret : secrets(map)) {
          assertFalse(output.contains(secret), () -> "'" + secret + "' leaks into\n" + output);
        }
      }
      assertEquals(normalized(ofPublicView, "b" + n, publicFile), normalized(withPublic, "a" + n, file));
    });
  }

  /** The outputs with the paths that differ between the two runs taken out. */
  private List<String> normalized(List<String> outputs, String tag, Path map) {
    return outputs.stream().map(o -> o.replace(dir.resolve(tag).toString(), "OUT")
        .replace(map.toString(), "MAP").replace(map.getFileName().toString(), "MAP")).toList();
  }

  @Test
  void aQuestionnaireAsksAboutAllOfItsOrganizationsPlacementsAndShowsNothingRestrictedOfOthers() {
    int[] run = new int[1];
    qt().withExamples(20).forAll(markedMaps()).checkAssert(map -> {
      if (map.organizations().isEmpty()) {
        return;
      }
      int n = run[0]++;
      Path file = write("q-" + n + ".json", map);
      Organization asked = map.organizations().get(0);
      for (boolean asPublic : List.of(false, true)) {
        String q = out("q" + n, "q-" + asPublic + ".json");
        List<String> args = new ArrayList<>(List.of("survey", "export", file.toString(), "--org", asked.id(),
            "--out", q));
        if (asPublic) {
          args.add("--public");
        }
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        String text;
        try {
          text = Files.readString(Path.of(q));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        for (Placement p : map.placementsOf(asked.id())) {
          assertTrue(text.contains("\"function\": \"" + p.cell().function() + "\""), text);
        }
        for (String secret : secrets(map)) {
          if (!secret.equals(asked.id()) && !(secret.equals("zqsecretnote")
              && map.placementsOf(asked.id()).stream().anyMatch(p -> !p.isPublic()))) {
            assertFalse(text.contains(secret), () -> "'" + secret + "' leaks into the questionnaire of "
                + asked.id() + "\n" + text);
          }
        }
      }
    });
  }

  @Test
  void theGeneratorMakesMapsWithLeftOutOrganizationsAndRelationships() {
    int[] hidden = new int[2];
    qt().withFixedSeed(7L).withExamples(100).forAll(markedMaps()).checkAssert(map -> {
      EcosystemMap.Restricted left = map.restricted();
      hidden[0] += left.organizations() > 0 ? 1 : 0;
      hidden[1] += map.relationships().stream().anyMatch(r -> r.confidentiality() == Confidentiality.RESTRICTED)
          ? 1 : 0;
    });
    assertTrue(hidden[0] >= 30 && hidden[1] >= 20, hidden[0] + " maps hide organizations, " + hidden[1]
        + " have restricted relationships");
  }
}
