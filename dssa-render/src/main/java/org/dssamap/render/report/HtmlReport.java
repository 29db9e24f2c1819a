package org.dssamap.render.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.annotations.Beta;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dssamap.analysis.AnalysisReport;
import org.dssamap.analysis.CoverageRatio;
import org.dssamap.analysis.Gap;
import org.dssamap.analysis.GapKind;
import org.dssamap.analysis.OrganizationClassification;
import org.dssamap.analysis.Overlap;
import org.dssamap.analysis.SinglePointOfFailure;
import org.dssamap.analysis.escalation.Escalation;
import org.dssamap.analysis.escalation.EscalationRoute;
import org.dssamap.analysis.format.EscalationWords;
import org.dssamap.analysis.outsourcing.Concentration;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.SecurityFunction;
import org.dssamap.model.Status;
import org.dssamap.render.MapRenderer;
import org.dssamap.render.View;
import org.dssamap.render.options.RenderOptions;

/**
 * One self-contained HTML page about a map, the page {@code dssa report} writes: the wheel and the table inline
 * as SVG, the findings as tables (gaps, overlaps, single points of failure, concentration, unreachable regions,
 * self-classification), the organizations, the catalog's definitions with their sources, the open questions,
 * the notes on cells and the intentions. What the page holds and promises is described under {@code dssa report}
 * in {@code docs/command-line.md} of the dssa-map repository.
 *
 * <p>The page loads nothing: no scripts, fonts, style sheets or images, and its Content-Security-Policy forbids
 * them, so it opens offline and leaks nothing when opened. Every piece of text from the map is escaped and
 * isolated against bidi overrides; only http and https urls become links. It stays light on a big map: a
 * finding's list of organizations names the first 12 and folds the rest under "+ N more", a table of more than
 * 100 rows starts folded, and past 300 organizations each placement is listed by its cell alone. Equal inputs
 * give byte-identical pages.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.html"), HtmlReport.of(map).toHtml());
 * }</pre>
 */
public final class HtmlReport {
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

  private final EcosystemMap map;
  private final AnalysisReport analysis;
  private final String wheelSvg;
  private final String tableSvg;

  private HtmlReport(EcosystemMap map, AnalysisReport analysis, String wheelSvg, String tableSvg) {
    this.map = requireNonNull(map, "map");
    this.analysis = requireNonNull(analysis, "analysis");
    checkArgument(analysis.title().equals(map.title()), "the analysis is of the map '%s', not of '%s'",
        analysis.title(), map.title());
    this.wheelSvg = linkNotes(inlineSvg(requireNonNull(wheelSvg, "wheelSvg")));
    this.tableSvg = linkNotes(inlineSvg(requireNonNull(tableSvg, "tableSvg")));
  }

  /**
   * The report of {@code map}, analysed with the default options ({@link AnalysisReport#of(EcosystemMap)}) and
   * drawn with {@link #pictureOptions()}: the page of {@code dssa report}.
   *
   * @param map the map to report on
   * @return the report, ready to be written
   */
  public static HtmlReport of(EcosystemMap map) {
    return of(map, AnalysisReport.of(requireNonNull(map, "map")));
  }

  /**
   * The report of {@code map} with the findings of {@code analysis} (for example made with other {@link
   * org.dssamap.analysis.AnalysisOptions}, or of the map's public view), its pictures drawn with {@link
   * #pictureOptions()}.
   *
   * @param map the map to report on
   * @param analysis an analysis of {@code map}
   * @return the report, ready to be written
   * @throws IllegalArgumentException when {@code analysis} is of a map with another title
   */
  public static HtmlReport of(EcosystemMap map, AnalysisReport analysis) {
    RenderOptions options = pictureOptions();
    return new HtmlReport(map, analysis, MapRenderer.svg(map, View.WHEEL, options),
        MapRenderer.svg(map, View.TABLE, options));
  }

  /**
   * How the report draws its pictures: the defaults, with at most a dozen names in a table cell (and "+ N more"),
   * and without a group for each placement a full cell does not draw (the cell's tooltip counts them), so that a
   * map of thousands of organizations still gives a light page; the organizations section lists everyone.
   *
   * @return the render options of the report's pictures
   */
  public static RenderOptions pictureOptions() {
    return RenderOptions.builder().maxNamesPerTableCell(12).listUndrawn(false).build();
  }

  /** How many organizations a list in a finding names before it says how many more there are. */
  static final int LISTED = 12;

  /**
   * Above this many organizations the organizations section is compact: each placement as its cell only (its
   * note stays in the map file and the pictures' tooltips), so that the page of a big map stays light.
   */
  static final int COMPACT_ORGANIZATIONS = 300;

  /**
   * The report of {@code map}, from its analysis and its two pictures as SVG documents, for a caller that has
   * drawn them already ({@code dssa demo} does, with {@link #pictureOptions()}) or wants them drawn otherwise
   * (other {@link RenderOptions}, links shown). The pictures are inlined as given, without their XML declaration:
   * they should be {@link MapRenderer#svg} output, which holds no script or outside reference, or the page loses
   * that promise.
   *
   * @param map the map to report on
   * @param analysis an analysis of {@code map}
   * @param wheelSvg the wheel, an SVG document
   * @param tableSvg the table, an SVG document
   * @return the report, ready to be written
   * @throws IllegalArgumentException when a picture has no {@code <svg} element, or {@code analysis} is of a map
   *     with another title
   */
  @Beta // takes the caller's SVG on trust; may come to take a scene or options instead (not checked by japicmp)
  public static HtmlReport of(EcosystemMap map, AnalysisReport analysis, String wheelSvg, String tableSvg) {
    return new HtmlReport(map, analysis, wheelSvg, tableSvg);
  }

  /**
   * Writes the page, UTF-8, to {@code out}, which is not closed.
   *
   * @param out the stream to write to
   * @throws IOException when {@code out} throws it
   */
  public void writeTo(OutputStream out) throws IOException {
    requireNonNull(out, "out").write(toHtml().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The page.
   *
   * @return the whole HTML document, ending with a newline
   */
  public String toHtml() {
    StringBuilder h = new StringBuilder(64 * 1024 + wheelSvg.length() + tableSvg.length());
    String title = map.title().isBlank() ? "Untitled map" : map.title();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
        .append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"dssa-map\">\n")
        .append("<title>").append(Html.title(title)).append(" — dssa-map report</title>\n")
        .append("<style>\n").append(Stylesheet.CSS).append("</style>\n</head>\n<body>\n");
    header(h, title);
    contents(h);
    summary(h);
    pictures(h);
    findings(h);
    organizations(h);
    catalog(h);
    openQuestions(h);
    cellNotes(h);
    intentions(h);
    h.append("<footer>Made with dssa-map from the map file as given; a claim is never proof: "
        + "only verified placements cover a cell.</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private void header(StringBuilder h, String title) {
    h.append("<header>\n<h1>").append(Html.user(title)).append("</h1>\n<p class=\"meta\">");
    map.asOf().ifPresent(d -> h.append("As of ").append(d).append(" · "));
    h.append("catalog <code>").append(Html.escape(map.catalog().id())).append("</code> · ")
        .append(count(map.organizations().size(), "organization")).append(" · ")
        .append(count(map.placements().size(), "placement")).append(" (")
        .append(statusCount(Status.VERIFIED)).append(" verified, ")
        .append(statusCount(Status.CLAIMED)).append(" claimed, ")
        .append(statusCount(Status.DISPUTED)).append(" disputed) · ")
        .append(count(map.relationships().size(), "relationship"))
        .append("</p>\n</header>\n");
  }

  private static void contents(StringBuilder h) {
    h.append("<nav><a href=\"#summary\">At a glance</a> <a href=\"#wheel\">Wheel</a> <a href=\"#table\">Table</a> "
        + "<a href=\"#gaps\">Gaps</a> <a href=\"#overlaps\">Overlaps</a> "
        + "<a href=\"#spof\">Single points of failure</a> <a href=\"#concentration\">Concentration</a> "
        + "<a href=\"#escalation\">Unreachable regions</a> <a href=\"#self-classification\">Self-classification</a> "
        + "<a href=\"#organizations\">Organizations</a> <a href=\"#catalog\">Definitions</a></nav>\n");
  }

  private void summary(StringBuilder h) {
    CoverageRatio overall = analysis.coverage().overall();
    long uncovered = analysis.gaps().stream().filter(g -> g.kind() == GapKind.UNCOVERED).count();
    h.append("<section id=\"summary\">\n<h2>At a glance</h2>\n<div class=\"tiles\">\n");
    tile(h, percent(overall.verifiedShare()), "of the " + overall.expectedCells()
        + " expected cells have a verified placement (" + overall.verifiedCells() + ")");
    tile(h, String.valueOf(analysis.gaps().size()), "gaps: " + uncovered + " with nobody at all, "
        + (analysis.gaps().size() - uncovered) + " with only claims");
    tile(h, String.valueOf(analysis.singlePointsOfFailure().size()), "single points of failure in work done for others");
    tile(h, String.valueOf(analysis.overlaps().size()), "overlaps within a region in work done for others");
    tile(h, String.valueOf(analysis.outsourcing().providers().size()), "providers clients depend on, "
        + analysis.outsourcing().notableConcentration().size() + " of them notable for a function");
    Escalation escalation = analysis.escalation();
    if (escalation.assessable()) {
      tile(h, String.valueOf(escalation.unreachable().size()),
          "ordered region pairs an incident cannot travel between");
    } else {
      tile(h, "n/a", "escalation cannot be assessed from this data: "
          + EscalationWords.missing(escalation.notAssessable().orElseThrow()));
    }
    tile(h, String.valueOf(analysis.selfClassification().flagged().size()),
        "organizations whose word about themselves is mostly unconfirmed; "
            + analysis.selfClassification().count(OrganizationClassification.Category.NOT_ASKED)
            + " not asked yet");
    h.append("</div>\n</section>\n");
  }

  private static void tile(StringBuilder h, String number, String what) {
    h.append("<div class=\"tile\"><span class=\"number\">").append(Html.escape(number))
        .append("</span><span class=\"what\">").append(Html.escape(what)).append("</span></div>\n");
  }

  private void pictures(StringBuilder h) {
    h.append("<section id=\"wheel\">\n<h2>The wheel</h2>\n<p class=\"explain\">Rings from the centre: core, glue, "
        + "edge. One sector per function, split into the internal and the external dimension.</p>\n"
        + "<figure class=\"picture\">\n").append(wheelSvg).append("\n</figure>\n</section>\n");
    h.append("<section id=\"table\">\n<h2>The table</h2>\n<p class=\"explain\">The same placements, "
        + "functions down, layers and dimensions across.</p>\n<figure class=\"picture\">\n")
        .append(tableSvg).append("\n</figure>\n</section>\n");
  }

  private void findings(StringBuilder h) {
    section(h, "gaps", "Gaps", "Expected cells with no verified placement. A claim is never proof: a cell only "
        + "claimed is still a gap.", analysis.gaps(),
        List.of("Function", "Dimension", "Layer", "Gap", "Claimed by", "Disputed by"),
        (Gap g) -> cellColumns(g.cell()) + td(badge(g.kind().id())) + td(orgs(g.claimedBy()))
            + td(orgs(g.disputedBy())));
    String examined = analysis.options().internalCells() ? "cells" : "external cells (work done for others: what an "
        + "organization does for itself duplicates nobody and fails nobody else)";
    String counted = analysis.options().claimsCount() ? "Verified and claimed placements count."
        : "Only verified placements count.";
    section(h, "overlaps", "Overlaps", "In " + examined + ", where several organizations of the same region do the "
        + "same thing. " + counted,
        analysis.overlaps(), List.of("Function", "Dimension", "Layer", "Region", "Organizations"),
        (Overlap o) -> cellColumns(o.cell()) + td(Html.escape(o.region().displayName())) + td(orgs(o.organizations())));
    section(h, "spof", "Single points of failure", "Expected " + examined
        + " that exactly one organization covers. " + counted,
        analysis.singlePointsOfFailure(), List.of("Function", "Dimension", "Layer", "Organization", "Status"),
        (SinglePointOfFailure s) -> cellColumns(s.cell()) + td(org(s.organization())) + td(badge(s.status().id())));
    section(h, "concentration", "Concentration",
        "Providers that clients depend on: clients that outsource a function and are covered through the provider's "
            + "work for others (a client that does the function itself depends on nobody for it). Shown where at "
            + "least " + analysis.options().concentrationDependents() + " clients and "
            + percent(analysis.options().concentrationShare()) + " of the function's clients depend on one provider; "
            + analysis.outsourcing().providers().size() + " distinct providers have dependents in all.",
        analysis.outsourcing().notableConcentration(),
        List.of("Provider", "Function", "Dependents", "Share of clients", "Share by size"),
        (Concentration c) -> td(org(c.provider())) + td(function(c.function())) + td(orgs(c.dependents()))
            + td(percent(c.share()), "num")
            + td(c.weightedShare().isPresent() ? percent(c.weightedShare().getAsDouble()) : "not known", "num"));
    escalation(h);
    section(h, "self-classification", "Self-classification",
        "What organizations say of themselves (self-reported placements) against what others confirmed or "
            + "disputed: flagged when more than " + percent(analysis.selfClassification().threshold())
            + " is unconfirmed or challenged, the ones to ask \"really?\". "
            + analysis.selfClassification().count(OrganizationClassification.Category.NOT_ASKED)
            + " organizations have said nothing of themselves yet (placed by desk research or peers only) and are "
            + "not judged.",
        analysis.selfClassification().flagged(),
        List.of("Organization", "Finding", "Self-reported", "Confirmed by others", "Not yet confirmed", "Disputed"),
        (OrganizationClassification o) -> td(org(o.organization())) + td(badge(o.category().id()))
            + td(String.valueOf(o.selfReported().total()), "num")
            + td(String.valueOf(o.selfReported().verified()), "num")
            + td(String.valueOf(o.selfReported().claimed()), "num")
            + td(String.valueOf(o.selfReported().disputed()), "num"));
  }

  private void escalation(StringBuilder h) {
    Escalation escalation = analysis.escalation();
    String function = function(escalation.function()).toLowerCase(Locale.ROOT);
    String explanation = "Ordered pairs of regions an incident cannot travel between, edge to glue to core to glue "
        + "to edge, through organizations doing " + function + " for others, avoiding distrust.";
    if (escalation.notAssessable().isPresent()) {
      // Twenty pairs unreachable for want of data are no finding: the section says so instead of listing them.
      h.append("<section id=\"escalation\">\n<h2>Unreachable regions <span class=\"count\">n/a</span></h2>\n"
          + "<p class=\"explain\">").append(explanation).append("</p>\n<p class=\"none\">Escalation ")
          .append(EscalationWords.notAssessable(escalation.notAssessable().get(), function))
          .append(".</p>\n</section>\n");
      return;
    }
    // function is HTML already; the words around it need no escaping (EscalationWords says so)
    section(h, "escalation", "Unreachable regions", explanation + " The map holds "
            + EscalationWords.relays(escalation, Region::displayName) + ".",
        escalation.unreachable(), List.of("From", "To", "Why"),
        (EscalationRoute r) -> td(Html.escape(r.from().displayName())) + td(Html.escape(r.to().displayName()))
            + td(r.reason().map(x -> EscalationWords.reason(x, r, escalation, function)).orElse("")));
  }

  private static <T> void section(StringBuilder h, String id, String title, String explanation, Collection<T> rows,
      List<String> headings, Function<T, String> row) {
    h.append("<section id=\"").append(id).append("\">\n<h2>").append(title).append(" <span class=\"count\">")
        .append(rows.size()).append("</span></h2>\n<p class=\"explain\">").append(explanation).append("</p>\n");
    if (rows.isEmpty()) {
      h.append("<p class=\"none\">None.</p>\n</section>\n");
      return;
    }
    openTable(h, rows.size());
    h.append("<table>\n<thead><tr>");
    headings.forEach(t -> h.append("<th>").append(t).append("</th>"));
    h.append("</tr></thead>\n<tbody>\n");
    for (T r : rows) {
      h.append("<tr>").append(row.apply(r)).append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n").append(rowsClosed(rows.size())).append("</section>\n");
  }

  private void organizations(StringBuilder h) {
    h.append("<section id=\"organizations\">\n<h2>Organizations <span class=\"count\">")
        .append(map.organizations().size()).append("</span></h2>\n");
    if (map.organizations().isEmpty()) {
      h.append("<p class=\"none\">None.</p>\n</section>\n");
      return;
    }
    boolean compact = map.organizations().size() > COMPACT_ORGANIZATIONS;
    if (compact) {
      h.append("<p class=\"explain\">").append(String.format(Locale.ROOT, "%,d", map.organizations().size()))
          .append(" organizations: each placement is given by its cell alone; its note is in the map file and in the "
              + "pictures' tooltips.</p>\n");
    }
    openTable(h, map.organizations().size());
    h.append("<table>\n<thead><tr><th>Organization</th><th>Kind</th><th>Region</th><th>Placements</th>"
        + "<th>Relationships</th><th>Note</th></tr></thead>\n<tbody>\n");
    for (Organization o : map.organizations()) {
      List<Placement> placements = map.placementsOf(o.id());
      String name = o.url().flatMap(u -> Html.link(u, o.name())).orElseGet(() -> Html.user(o.name()));
      h.append("<tr id=\"org-").append(Html.escape(o.id())).append("\">")
          .append(td(name + " <code>" + Html.escape(o.id()) + "</code>"))
          .append(td(Html.escape(org.dssamap.render.internal.layout.KindNames.displayName(map, o.kind()))))
          .append(td(Html.escape(o.region().map(Region::displayName).orElse("—"))))
          .append(td(compact ? compactPlacements(placements) : placements(placements)))
          .append(td(relationships(o.id())))
          .append(td(o.note().map(Html::user).orElse("")))
          .append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n").append(rowsClosed(map.organizations().size())).append("</section>\n");
  }

  /** Above this many rows a table starts folded, so that a big map's page opens on its findings. */
  static final int FOLDED_ROWS = 100;

  // <details> folds without a script; the page stays free of them.
  private static void openTable(StringBuilder h, int rows) {
    if (rows > FOLDED_ROWS) {
      h.append("<details><summary>Show all ").append(rows).append(" rows</summary>\n");
    }
  }

  private static String rowsClosed(int rows) {
    return rows > FOLDED_ROWS ? "</details>\n" : "";
  }

  private String placements(List<Placement> placements) {
    StringBuilder s = new StringBuilder();
    for (Placement p : placements) {
      s.append(s.length() == 0 ? "" : "<br>").append(badge(p.status().id())).append(' ')
          .append(function(p.cell().function())).append(" · ").append(Html.escape(p.cell().dimension().id()))
          .append(" · ").append(Html.escape(p.cell().layer().id()));
      p.dispute().ifPresent(d -> s.append(" <span class=\"small\">(disputed by ").append(Html.user(d.by()))
          .append(": ").append(Html.user(d.reason())).append(")</span>"));
      p.note().ifPresent(n -> s.append(" <span class=\"small\">— ").append(Html.user(n)).append("</span>"));
    }
    return s.toString();
  }

  /** Placements as their status and cell only, a line each: {@code claimed Incident response · internal · edge}. */
  private String compactPlacements(List<Placement> placements) {
    StringBuilder s = new StringBuilder();
    for (Placement p : placements) {
      s.append(s.length() == 0 ? "" : "<br>").append(Html.escape(p.status().id())).append(' ')
          .append(function(p.cell().function())).append(" · ").append(p.cell().dimension().id()).append(" · ")
          .append(p.cell().layer().id());
      p.dispute().ifPresent(d -> s.append(" (disputed by ").append(Html.user(d.by())).append(')'));
    }
    return s.toString();
  }

  private String relationships(String organization) {
    StringBuilder s = new StringBuilder();
    map.relationshipsFrom(organization).forEach(r -> {
      if (s.length() > 0) {
        s.append("<br>");
      }
      s.append(Html.escape(r.kind().id())).append(' ').append(orgLink(r.to()));
      if (!r.functions().isEmpty()) {
        s.append(" <span class=\"small\">(").append(Html.escape(String.join(", ", r.functions()))).append(")</span>");
      }
    });
    return s.toString();
  }

  private void catalog(StringBuilder h) {
    h.append("<section id=\"catalog\">\n<h2>Definitions</h2>\n<p class=\"explain\">The functions of catalog <code>")
        .append(Html.escape(map.catalog().id())).append("</code>")
        .append(map.catalog().title().isBlank() ? "" : " (" + Html.user(map.catalog().title()) + ")")
        .append(", in wheel order, with where someone is expected to do each.</p>\n<dl class=\"definitions\">\n");
    for (SecurityFunction f : map.catalog().functions()) {
      h.append("<dt id=\"fn-").append(Html.escape(f.id())).append("\">").append(Html.user(f.name()))
          .append(" <code>").append(Html.escape(f.id())).append("</code></dt>\n<dd><p>")
          .append(Html.user(f.definition())).append("</p>");
      if (!f.source().isBlank()) {
        h.append("<p class=\"small\">Source: ").append(Html.linkOrText(f.source())).append("</p>");
      }
      h.append("<p class=\"small\">Expected: ")
          .append(f.expectedSpecs().isEmpty() ? "nowhere" : Html.escape(String.join(", ", f.expectedSpecs())));
      if (!f.rationale().isBlank()) {
        h.append(" — ").append(Html.user(f.rationale()));
      }
      h.append("</p></dd>\n");
    }
    h.append("</dl>\n</section>\n");
  }

  private void openQuestions(StringBuilder h) {
    if (map.openQuestions().isEmpty()) {
      return;
    }
    h.append("<section id=\"open-questions\">\n<h2>Open questions</h2>\n<ul>\n");
    map.openQuestions().forEach(q -> h.append("<li>").append(Html.user(q)).append("</li>\n"));
    h.append("</ul>\n</section>\n");
  }

  /** The questions that fell out, where they belong: one item per note, by cell. */
  private void cellNotes(StringBuilder h) {
    if (map.cellNotes().isEmpty()) {
      return;
    }
    h.append("<section id=\"cell-notes\">\n<h2>Notes on cells <span class=\"count\">")
        .append(map.cellNotes().size()).append("</span></h2>\n<p class=\"explain\">Numbered as on the pictures' "
            + "folded sheets; a sheet links here.</p>\n<ul>\n");
    int number = 1;
    for (org.dssamap.model.CellNote n : map.cellNotes()) {
      h.append("<li id=\"note-").append(number).append("\"><span class=\"badge\">").append(number)
          .append("</span> <code>").append(Html.escape(n.cell().toString())).append("</code>: ")
          .append(Html.user(n.text())).append("</li>\n");
      number++;
    }
    h.append("</ul>\n</section>\n");
  }

  /** What organizations want to do and would give away: not counted anywhere above. */
  private void intentions(StringBuilder h) {
    if (map.intentions().isEmpty()) {
      return;
    }
    h.append("<section id=\"intentions\">\n<h2>Intentions <span class=\"count\">")
        .append(map.intentions().size()).append("</span></h2>\n<p class=\"explain\">What organizations said they "
            + "want to do or would give away. Not placements: nothing above counts them; <code>dssa analyze "
            + "--intended</code> analyses the map as it would be.</p>\n<ul>\n");
    for (org.dssamap.model.Intention i : map.intentions()) {
      h.append("<li>").append(Html.escape(i.organization())).append(" ")
          .append(i.kind() == org.dssamap.model.IntentionKind.WANTS_TO_DO ? "wants to do" : "would give away")
          .append(" <code>").append(Html.escape(i.cell().toString())).append("</code>");
      i.asOf().ifPresent(d -> h.append(" (").append(d).append(")"));
      i.note().ifPresent(n -> h.append(": ").append(Html.user(n)));
      h.append("</li>\n");
    }
    h.append("</ul>\n</section>\n");
  }

  private String cellColumns(Cell cell) {
    return td(function(cell.function())) + td(Html.escape(cell.dimension().displayName()))
        + td(Html.escape(cell.layer().displayName()));
  }

  private String function(String id) {
    return map.catalog().function(id).map(f -> Html.user(f.name())).orElseGet(() -> Html.escape(id));
  }

  private String orgs(Collection<String> ids) {
    if (ids.isEmpty()) {
      return "—";
    }
    StringBuilder s = new StringBuilder();
    int k = 0;
    for (String id : ids) {
      if (k++ == LISTED) {
        // the rest folded under their count, as plain names: the organizations section links them all
        s.append(" <details class=\"more\"><summary>+ ").append(String.format(Locale.ROOT, "%,d", ids.size() - LISTED))
            .append(" more</summary>");
        String sep = "";
        for (String rest : ids.stream().skip(LISTED).toList()) {
          s.append(sep).append(Html.user(map.organization(rest).map(Organization::name).orElse(rest)));
          sep = ", ";
        }
        return s.append("</details>").toString();
      }
      s.append(s.length() == 0 ? "" : ", ").append(orgLink(id));
    }
    return s.toString();
  }

  private String org(String id) {
    return orgLink(id);
  }

  private String orgLink(String id) {
    String name = map.organization(id).map(Organization::name).orElse(id);
    return "<a class=\"org\" href=\"#org-" + Html.escape(id) + "\">" + Html.user(name) + "</a>";
  }

  private static String td(String html) {
    return "<td>" + html + "</td>";
  }

  private static String td(String html, String cssClass) {
    return "<td class=\"" + cssClass + "\">" + html + "</td>";
  }

  private static String badge(String id) {
    return "<span class=\"badge " + Html.escape(id) + "\">" + Html.escape(id) + "</span>";
  }

  private long statusCount(Status status) {
    return map.placements().stream().filter(p -> p.status() == status).count();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  /**
   * {@code svg} with each drawn note's group ({@code <g class='note' data-note='N'>}, numbers only) inside a link to
   * its item in the list of notes, {@code #note-N}: the sheet on the picture leads to the note's text.
   */
  static String linkNotes(String svg) {
    String open = "<g class='note' data-note='";
    int at = svg.indexOf(open);
    if (at < 0) {
      return svg;
    }
    StringBuilder b = new StringBuilder(svg.length() + 1024);
    int copied = 0;
    while (at >= 0) {
      int quote = svg.indexOf('\'', at + open.length());
      String number = svg.substring(at + open.length(), quote);
      if (!number.matches("[0-9]{1,9}")) {
        throw new IllegalArgumentException("a note's group without its number: " + number);
      }
      // the group ends where its nesting does; titles and texts are escaped, so every '<g' and '</g>' is markup
      int depth = 0;
      int i = at;
      while (true) {
        int nextOpen = groupOpen(svg, i);
        int nextClose = svg.indexOf("</g>", i);
        if (nextClose < 0) {
          throw new IllegalArgumentException("a note's group that is not closed");
        }
        if (nextOpen >= 0 && nextOpen < nextClose) {
          depth++;
          i = nextOpen + 2;
        } else {
          depth--;
          i = nextClose + 4;
          if (depth == 0) {
            break;
          }
        }
      }
      int end = i;
      b.append(svg, copied, at).append("<a href='#note-").append(number).append("'>").append(svg, at, end)
          .append("</a>");
      copied = end;
      at = svg.indexOf(open, end);
    }
    return b.append(svg, copied, svg.length()).toString();
  }

  /** Where the next group opens ({@code <g>} or {@code <g …>}) from {@code from}; -1 if none does. */
  private static int groupOpen(String svg, int from) {
    for (int at = svg.indexOf("<g", from); at >= 0; at = svg.indexOf("<g", at + 2)) {
      char next = at + 2 < svg.length() ? svg.charAt(at + 2) : ' ';
      if (next == ' ' || next == '>') {
        return at;
      }
    }
    return -1;
  }

  /** The SVG element of an SVG document, without anything before it (an XML declaration, a doctype). */
  static String inlineSvg(String svgDocument) {
    int start = svgDocument.indexOf("<svg");
    if (start < 0) {
      throw new IllegalArgumentException("not an SVG document: no <svg element");
    }
    return svgDocument.substring(start).strip();
  }
}
