package org.dssamap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.dssamap.model.testing.ModuleApi;
import org.junit.jupiter.api.Test;

/**
 * The API of dssa-model is the packages its {@code module-info} exports; every other package is named {@code
 * internal} (left out of japicmp's check), and no exported signature names an internal type ({@link ModuleApi}).
 */
class ModuleApiTest {
  private static final ModuleApi API = ModuleApi.ofThisModule(EcosystemMap.class);

  @Test
  void everyPackageTheModuleDoesNotExportIsNamedInternal() {
    assertEquals(List.of(), API.packagesNeitherExportedNorInternal(), "packages neither exported nor named internal");
    assertFalse(API.internalPackages().isEmpty(), "no internal package found: the check found no classes");
  }

  @Test
  void noExportedPackageIsNamedInternalNorQualified() {
    assertEquals(List.of(), API.exportsNamedInternalOrQualified());
  }

  @Test
  void theExportedSignaturesNameNoInternalType() throws ClassNotFoundException {
    assertEquals(List.of(), API.internalTypesInExportedSignatures());
  }
}
