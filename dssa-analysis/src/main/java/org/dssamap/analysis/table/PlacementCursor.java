package org.dssamap.analysis.table;

import com.google.common.collect.ImmutableList;
import org.dssamap.model.Cell;
import org.dssamap.model.EcosystemMap;
import org.dssamap.model.Organization;
import org.dssamap.model.Placement;
import org.jspecify.annotations.Nullable;

/**
 * Walks every placement of a map in the map's canonical order (organization, then cell in catalog order) and says,
 * with each, the position of its organization in {@link EcosystemMap#organizations()} and of its cell in the
 * catalog's {@code cells()}.
 *
 * <p>Both positions come from the canonical order itself: the organization advances when the id changes and the
 * cell only ever moves forward within one organization's run, so a walk of a million placements hashes nothing.
 * Analyses use the positions to index plain arrays, and, because each cell receives its organizations in id order,
 * to build sorted id sets without sorting.
 */
final class PlacementCursor {
  private final ImmutableList<Placement> placements;
  private final ImmutableList<Organization> organizations;
  private final ImmutableList<Cell> cells;
  private int next;
  private int organization = -1;
  private int cell;
  private String organizationId = "";
  private @Nullable Placement current;

  /** A cursor before the first placement of {@code map}. */
  PlacementCursor(EcosystemMap map) {
    this.placements = map.placements();
    this.organizations = map.organizations();
    this.cells = map.catalog().cells();
  }

  /** Moves to the next placement; false when there is none. */
  public boolean next() {
    if (next == placements.size()) {
      return false;
    }
    Placement p = placements.get(next++);
    String id = p.organization();
    // The map hands every placement its organization's own id instance, so identity almost always decides.
    if (id != organizationId && (organization < 0 || !id.equals(organizationId))) {
      do {
        organization++;
      } while (!organizations.get(organization).id().equals(id));
      organizationId = id;
      cell = 0;
    }
    Cell c = p.cell();
    int k = cell;
    while (k < cells.size() && cells.get(k) != c) {
      k++;
    }
    if (k == cells.size()) {
      // Not the catalog's own instance (the map shares them, but equality is what counts): compare values.
      k = cell;
      while (!cells.get(k).equals(c)) {
        k++;
      }
    }
    cell = k;
    current = p;
    return true;
  }

  /**
   * The current placement.
   *
   * @throws IllegalStateException before the first {@link #next()}
   */
  public Placement placement() {
    if (current == null) {
      throw new IllegalStateException("next() has not been called");
    }
    return current;
  }

  /** The position of the current placement's organization in {@link EcosystemMap#organizations()}. */
  public int organizationIndex() {
    return organization;
  }

  /** The position of the current placement's cell in the catalog's {@code cells()}. */
  public int cellIndex() {
    return cell;
  }
}
