package org.dssamap.analysis;

import org.dssamap.model.testing.ModuleApiContract;

/**
 * The API of dssa-analysis is the packages its {@code module-info} exports; every other package is named {@code
 * internal} (left out of japicmp's check), and no exported signature names an internal type.
 */
class ModuleApiTest extends ModuleApiContract {
  ModuleApiTest() {
    super(AnalysisReport.class);
  }
}
