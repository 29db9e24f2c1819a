package org.dssamap.examples.bench;

import java.util.HashMap;
import java.util.Map;
import org.dssamap.examples.synthetic.SyntheticMaps;
import org.dssamap.model.EcosystemMap;

/** The synthetic maps the benchmarks run on, generated once per size and shared by every row. */
final class Fixtures {
  /** The seed of every benchmark map, so that every run measures the same maps. */
  static final long SEED = 2012_08_24L;

  private final Map<Integer, EcosystemMap> maps = new HashMap<>();

  /** The synthetic map of {@code placements} placements. */
  EcosystemMap map(int placements) {
    return maps.computeIfAbsent(placements, n -> SyntheticMaps.generate(SEED, n));
  }

  /** Forgets every map, so that they do not count in a memory measurement. */
  void clear() {
    maps.clear();
  }
}
