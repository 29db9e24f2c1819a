package org.dssamap.render.scene;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds what lies under a point of a scene without scanning every dot: placements and cells are bucketed
 * into a uniform grid by their bounds, and a query checks only its bucket. The topmost (last painted) hit
 * wins, as it does for the eye.
 */
public final class SceneIndex {
  private final double bucket;
  private final int columns;
  private final int rows;
  private final List<List<Entry<PlacementNode>>> placements;
  private final List<List<Entry<CellNode>>> cells;
  private final List<List<Entry<IntentionNode>>> intentions;
  private final List<List<Entry<NoteMark>>> notes;

  private record Entry<T>(int order, T value) {}

  private SceneIndex(Scene scene, double bucket) {
    this.bucket = bucket;
    this.columns = Math.max(1, (int) Math.ceil(scene.width() / bucket));
    this.rows = Math.max(1, (int) Math.ceil(scene.height() / bucket));
    this.placements = emptyGrid(columns * rows);
    this.cells = emptyGrid(columns * rows);
    this.intentions = emptyGrid(columns * rows);
    this.notes = emptyGrid(columns * rows);
    int order = 0;
    for (CellNode c : scene.cells().toList()) {
      insert(cells, c.outline().bounds(), new Entry<>(order++, c));
      for (PlacementNode p : c.placements()) {
        int o = order++;
        p.hitBounds().ifPresent(b -> insert(placements, b, new Entry<>(o, p)));
      }
      for (IntentionNode i : c.intentions()) {
        int o = order++;
        i.hitBounds().ifPresent(b -> insert(intentions, b, new Entry<>(o, i)));
      }
      int o = order++;
      c.note().ifPresent(n -> n.sheet().ifPresent(a -> insert(notes, a.geometry().bounds(), new Entry<>(o, n))));
    }
  }

  /** An index of {@code scene} with buckets of 24 pixels. */
  public static SceneIndex of(Scene scene) {
    return new SceneIndex(scene, 24);
  }

  private static <T> List<List<Entry<T>>> emptyGrid(int size) {
    List<List<Entry<T>>> grid = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      grid.add(new ArrayList<>(0));
    }
    return grid;
  }

  private <T> void insert(List<List<Entry<T>>> grid, Box b, Entry<T> entry) {
    int c0 = clamp((int) Math.floor(b.x() / bucket), columns);
    int c1 = clamp((int) Math.floor(b.maxX() / bucket), columns);
    int r0 = clamp((int) Math.floor(b.y() / bucket), rows);
    int r1 = clamp((int) Math.floor(b.maxY() / bucket), rows);
    for (int r = r0; r <= r1; r++) {
      for (int c = c0; c <= c1; c++) {
        grid.get(r * columns + c).add(entry);
      }
    }
  }

  private static int clamp(int i, int size) {
    return Math.max(0, Math.min(size - 1, i));
  }

  private <T> List<Entry<T>> bucketAt(List<List<Entry<T>>> grid, double x, double y) {
    int c = (int) Math.floor(x / bucket);
    int r = (int) Math.floor(y / bucket);
    if (c < 0 || r < 0 || c >= columns || r >= rows) {
      return ImmutableList.of();
    }
    return grid.get(r * columns + c);
  }

  /** The topmost placement whose dot or name is under the point. */
  public Optional<PlacementNode> placementAt(double x, double y) {
    Entry<PlacementNode> best = null;
    for (Entry<PlacementNode> e : bucketAt(placements, x, y)) {
      if ((best == null || e.order() > best.order()) && e.value().hits(x, y)) {
        best = e;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.value());
  }

  /** The topmost drawn intention whose ring or name is under the point. */
  public Optional<IntentionNode> intentionAt(double x, double y) {
    Entry<IntentionNode> best = null;
    for (Entry<IntentionNode> e : bucketAt(intentions, x, y)) {
      if ((best == null || e.order() > best.order()) && e.value().hits(x, y)) {
        best = e;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.value());
  }

  /** The notes whose drawn sheet is under the point. */
  public Optional<NoteMark> noteAt(double x, double y) {
    for (Entry<NoteMark> e : bucketAt(notes, x, y)) {
      if (e.value().hits(x, y)) {
        return Optional.of(e.value());
      }
    }
    return Optional.empty();
  }

  /** The cell under the point. */
  public Optional<CellNode> cellAt(double x, double y) {
    Entry<CellNode> best = null;
    for (Entry<CellNode> e : bucketAt(cells, x, y)) {
      if ((best == null || e.order() > best.order()) && e.value().outline().contains(x, y)) {
        best = e;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.value());
  }
}
