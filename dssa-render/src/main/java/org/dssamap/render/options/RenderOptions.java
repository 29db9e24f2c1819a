package org.dssamap.render.options;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import org.dssamap.model.Dimension;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.dssamap.model.Region;
import org.dssamap.model.RelationshipKind;
import org.dssamap.model.Status;

/**
 * How to draw a map: the theme, which dimensions, which placements (filters), what colour says, the size, the
 * title. Immutable; start from {@link #defaults()} and change with {@code with...} or {@link #toBuilder()}.
 */
public final class RenderOptions {
  private static final RenderOptions DEFAULTS = builder().build();

  private final Theme theme;
  private final ImmutableSet<Dimension> dimensions;
  private final ImmutableSet<Status> statuses;
  private final ImmutableSet<Region> regions;
  private final ColorBy colorBy;
  private final boolean showCounts;
  private final int width;
  private final double scale;
  private final Optional<String> title;
  private final Optional<String> highlight;
  private final int maxNamesPerTableCell;
  private final ImmutableSet<RelationshipKind> links;
  private final Optional<RegionPair> escalationPath;
  private final boolean showCore;
  private final boolean listUndrawn;
  private final boolean showIntentions;

  private RenderOptions(Builder b) {
    this.theme = b.theme;
    this.dimensions = Sets.immutableEnumSet(b.dimensions);
    this.statuses = Sets.immutableEnumSet(b.statuses);
    this.regions = Sets.immutableEnumSet(b.regions);
    this.colorBy = b.colorBy;
    this.showCounts = b.showCounts;
    this.width = b.width;
    this.scale = b.scale;
    this.title = b.title;
    this.highlight = b.highlight;
    this.maxNamesPerTableCell = b.maxNamesPerTableCell;
    this.links = Sets.immutableEnumSet(b.links);
    this.escalationPath = b.escalationPath;
    this.showCore = b.showCore;
    this.listUndrawn = b.listUndrawn;
    this.showIntentions = b.showIntentions;
  }

  /** {@link #maxNamesPerTableCell()} for a table that lists every organization of every cell. */
  public static final int ALL_NAMES = Integer.MAX_VALUE;

  /** Both dimensions, every placement, coloured by kind, counts shown, 1500 pixels wide. */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.theme = theme;
    b.dimensions = EnumSet.copyOf(dimensions);
    b.statuses = statuses.isEmpty() ? EnumSet.noneOf(Status.class) : EnumSet.copyOf(statuses);
    b.regions = regions.isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(regions);
    b.colorBy = colorBy;
    b.showCounts = showCounts;
    b.width = width;
    b.scale = scale;
    b.title = title;
    b.highlight = highlight;
    b.maxNamesPerTableCell = maxNamesPerTableCell;
    b.links = links.isEmpty() ? EnumSet.noneOf(RelationshipKind.class) : EnumSet.copyOf(links);
    b.escalationPath = escalationPath;
    b.showCore = showCore;
    b.listUndrawn = listUndrawn;
    b.showIntentions = showIntentions;
    return b;
  }

  /** The colours, fonts and sizes. */
  public Theme theme() {
    return theme;
  }

  /** The dimensions drawn: both (each sector split in halves) or one. Never empty. */
  public ImmutableSet<Dimension> dimensions() {
    return dimensions;
  }

  /** The statuses of the placements drawn. */
  public ImmutableSet<Status> statuses() {
    return statuses;
  }

  /** The regions whose organizations are drawn; empty means every organization, of any or no region. */
  public ImmutableSet<Region> regions() {
    return regions;
  }

  /** What a dot's colour says. */
  public ColorBy colorBy() {
    return colorBy;
  }

  /** Whether each cell prints its counts. */
  public boolean showCounts() {
    return showCounts;
  }

  /** The width of the drawing in pixels at scale 1; the height follows from the content. */
  public int width() {
    return width;
  }

  /** Device pixels per drawing pixel for raster output: 2 for a sharp picture on a HiDPI screen. */
  public double scale() {
    return scale;
  }

  /** A title to print instead of the map's. */
  public Optional<String> title() {
    return title;
  }

  /** The id of an organization whose placements are ringed, if any. */
  public Optional<String> highlight() {
    return highlight;
  }

  /**
   * How many names a table cell lists before it says how many more there are ("+ 1,204 more"), so that the
   * table of a big map stays a readable size; {@link #ALL_NAMES} for every name. 12 by default.
   */
  public int maxNamesPerTableCell() {
    return maxNamesPerTableCell;
  }

  /** Whether a placement of {@code organization} passes the dimension, status and region filters. */
  public boolean shows(Placement placement, Organization organization) {
    if (!dimensions.contains(placement.cell().dimension()) || !statuses.contains(placement.status())) {
      return false;
    }
    return regions.isEmpty() || organization.region().map(regions::contains).orElse(false);
  }

  /** Whether any filter hides something: a status, a region or a dimension left out. */
  public boolean isFiltered() {
    return statuses.size() < Status.values().length || !regions.isEmpty()
        || dimensions.size() < Dimension.values().length;
  }

  /** These options with another theme. */
  public RenderOptions withTheme(Theme newTheme) {
    return toBuilder().theme(newTheme).build();
  }

  /** These options drawing only {@code newDimensions}. */
  public RenderOptions withDimensions(Collection<Dimension> newDimensions) {
    return toBuilder().dimensions(newDimensions).build();
  }

  /** These options drawing only placements of {@code newStatuses}. */
  public RenderOptions withStatuses(Collection<Status> newStatuses) {
    return toBuilder().statuses(newStatuses).build();
  }

  /** These options drawing only organizations of {@code newRegions}; empty for all. */
  public RenderOptions withRegions(Collection<Region> newRegions) {
    return toBuilder().regions(newRegions).build();
  }

  /** These options colouring by {@code newColorBy}. */
  public RenderOptions withColorBy(ColorBy newColorBy) {
    return toBuilder().colorBy(newColorBy).build();
  }

  /** These options with the title replaced. */
  public RenderOptions withTitle(String newTitle) {
    return toBuilder().title(newTitle).build();
  }

  /** These options ringing the placements of one organization. */
  public RenderOptions withHighlight(String organizationId) {
    return toBuilder().highlight(organizationId).build();
  }

  /** These options at another width. */
  public RenderOptions withWidth(int newWidth) {
    return toBuilder().width(newWidth).build();
  }

  /**
   * The kinds of relationship the wheel draws as links between the dots (or full cells) they join, such as
   * outsourcing (client to provider) and escalation; empty (the default) for none.
   */
  public ImmutableSet<RelationshipKind> links() {
    return links;
  }

  /**
   * The pair of regions whose escalation path (dssa-analysis's {@code Escalation} along incident response,
   * claims counted) the wheel highlights, hop by hop from the source region's edge to the target's; empty (the
   * default) for none. The wheel says in words when the pair has no path, and why.
   */
  public Optional<RegionPair> escalationPath() {
    return escalationPath;
  }

  /**
   * Whether the wheel shows the core's fragments: the organizations doing incident response for others at the
   * core joined by the incident channels between them (sharing, membership, escalation), each organization linked
   * to no other core organization ringed, and a line saying how many fragments there are. Off by default.
   */
  public boolean showCore() {
    return showCore;
  }

  /**
   * Whether the SVG keeps a {@code <g class="placement">} with its tooltip for every placement, even those a
   * cell too full for dots does not draw (true, the default), or only for the placements drawn (false: a much
   * lighter file for a big map, as the report embeds; the cell's own tooltip still gives its counts).
   */
  public boolean listUndrawn() {
    return listUndrawn;
  }

  /**
   * Whether the wheel and the table draw the map's intentions, apart from its placements: a part an organization
   * wants to play as an empty dashed ring (with its name) where its dot would be, a part it would give away as a
   * dashed ring around its dot (and, in the table, the words "would give away"). Off by default: the picture shows
   * what is done today, as the analysis counts it. An intention is never a placement, whatever this says: no count,
   * gap or tooltip of a cell includes it. A wish is drawn where a claim would be: when its dimension and region are
   * drawn and claims are; an intention to give a part away, where that placement is drawn.
   */
  public boolean showIntentions() {
    return showIntentions;
  }

  /** These options drawing the map's intentions apart from its placements, or not. */
  public RenderOptions withIntentions(boolean show) {
    return toBuilder().showIntentions(show).build();
  }

  /** These options at another raster scale. */
  public RenderOptions withScale(double newScale) {
    return toBuilder().scale(newScale).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RenderOptions r && theme.equals(r.theme) && dimensions.equals(r.dimensions)
        && statuses.equals(r.statuses) && regions.equals(r.regions) && colorBy == r.colorBy
        && showCounts == r.showCounts && width == r.width && scale == r.scale && title.equals(r.title)
        && highlight.equals(r.highlight) && maxNamesPerTableCell == r.maxNamesPerTableCell
        && links.equals(r.links) && escalationPath.equals(r.escalationPath) && showCore == r.showCore
        && listUndrawn == r.listUndrawn && showIntentions == r.showIntentions;
  }

  @Override
  public int hashCode() {
    return Objects.hash(theme, dimensions, statuses, regions, colorBy, showCounts, width, scale, title, highlight,
        maxNamesPerTableCell, links, escalationPath, showCore, listUndrawn, showIntentions);
  }

  @Override
  public String toString() {
    return "RenderOptions[dimensions=" + dimensions + ", statuses=" + statuses + ", regions=" + regions
        + ", colorBy=" + colorBy + ", showCounts=" + showCounts + ", width=" + width + ", scale=" + scale + "]";
  }

  /** Gathers options; starts from the defaults. */
  public static final class Builder {
    private Theme theme = Theme.defaults();
    private EnumSet<Dimension> dimensions = EnumSet.allOf(Dimension.class);
    private EnumSet<Status> statuses = EnumSet.allOf(Status.class);
    private EnumSet<Region> regions = EnumSet.noneOf(Region.class);
    private ColorBy colorBy = ColorBy.KIND;
    private boolean showCounts = true;
    private int width = 1500;
    private double scale = 1.0;
    private Optional<String> title = Optional.empty();
    private Optional<String> highlight = Optional.empty();
    private int maxNamesPerTableCell = 12;
    private EnumSet<RelationshipKind> links = EnumSet.noneOf(RelationshipKind.class);
    private Optional<RegionPair> escalationPath = Optional.empty();
    private boolean showCore;
    private boolean listUndrawn = true;
    private boolean showIntentions;

    private Builder() {}

    /** Sets whether the map's intentions are drawn, apart from its placements. */
    public Builder showIntentions(boolean show) {
      showIntentions = show;
      return this;
    }

    /** Sets the pair of regions whose escalation path is highlighted; empty for none. */
    public Builder escalationPath(Optional<RegionPair> pair) {
      escalationPath = requireNonNull(pair, "pair");
      return this;
    }

    /** Highlights the escalation path from {@code from}'s edge to {@code to}'s. */
    public Builder escalationPath(Region from, Region to) {
      return escalationPath(Optional.of(new RegionPair(from, to)));
    }

    /** Sets whether the wheel shows the core's fragments. */
    public Builder showCore(boolean show) {
      showCore = show;
      return this;
    }

    /** Sets whether the SVG lists placements a full cell does not draw. */
    public Builder listUndrawn(boolean list) {
      listUndrawn = list;
      return this;
    }

    /** Sets the kinds of relationship drawn as links on the wheel; empty for none. */
    public Builder links(Collection<RelationshipKind> kinds) {
      links = kinds.isEmpty() ? EnumSet.noneOf(RelationshipKind.class) : EnumSet.copyOf(kinds);
      return this;
    }

    /** Sets the theme. */
    public Builder theme(Theme newTheme) {
      theme = requireNonNull(newTheme, "theme");
      return this;
    }

    /** Sets the dimensions drawn; at least one. */
    public Builder dimensions(Collection<Dimension> newDimensions) {
      checkArgument(!newDimensions.isEmpty(), "at least one dimension must be drawn");
      dimensions = EnumSet.copyOf(newDimensions);
      return this;
    }

    /** Sets the statuses drawn. */
    public Builder statuses(Collection<Status> newStatuses) {
      statuses = newStatuses.isEmpty() ? EnumSet.noneOf(Status.class) : EnumSet.copyOf(newStatuses);
      return this;
    }

    /** Sets the regions drawn; empty for every organization. */
    public Builder regions(Collection<Region> newRegions) {
      regions = newRegions.isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(newRegions);
      return this;
    }

    /** Sets what colour says. */
    public Builder colorBy(ColorBy newColorBy) {
      colorBy = requireNonNull(newColorBy, "colorBy");
      return this;
    }

    /** Sets whether cells print their counts. */
    public Builder showCounts(boolean show) {
      showCounts = show;
      return this;
    }

    /** Sets the width in pixels; from 600 to 20000. */
    public Builder width(int newWidth) {
      checkArgument(newWidth >= 600 && newWidth <= 20_000, "width must be 600 to 20000 pixels, got %s", newWidth);
      width = newWidth;
      return this;
    }

    /** Sets the raster scale; from 0.25 to 8. */
    public Builder scale(double newScale) {
      checkArgument(newScale >= 0.25 && newScale <= 8, "scale must be 0.25 to 8, got %s", newScale);
      scale = newScale;
      return this;
    }

    /** Sets the title printed instead of the map's. */
    public Builder title(String newTitle) {
      title = Optional.of(newTitle);
      return this;
    }

    /** Sets the organization whose placements are ringed. */
    public Builder highlight(String organizationId) {
      highlight = Optional.of(organizationId);
      return this;
    }

    /** Sets how many names a table cell lists; at least 1, {@link RenderOptions#ALL_NAMES} for all. */
    public Builder maxNamesPerTableCell(int max) {
      checkArgument(max >= 1, "a table cell lists at least one name, got %s", max);
      maxNamesPerTableCell = max;
      return this;
    }

    /** Builds the options. */
    public RenderOptions build() {
      return new RenderOptions(this);
    }
  }
}
