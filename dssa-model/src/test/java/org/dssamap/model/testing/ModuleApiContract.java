package org.dssamap.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ModuleApi} as tests: a library module's {@code ModuleApiTest} extends this with one of its own
 * classes, so that the three modules state the rules once.
 */
public abstract class ModuleApiContract {
  private final ModuleApi api;

  /** The contract for the module that holds {@code anchor}, read from its {@code target/classes}. */
  protected ModuleApiContract(Class<?> anchor) {
    this.api = ModuleApi.ofThisModule(anchor);
  }

  @Test
  void everyPackageTheModuleDoesNotExportIsNamedInternal() {
    assertEquals(List.of(), api.packagesNeitherExportedNorInternal(), "packages neither exported nor named internal");
    assertFalse(api.internalPackages().isEmpty(), "no internal package found: the check found no classes");
  }

  @Test
  void noExportedPackageIsNamedInternalNorQualified() {
    assertEquals(List.of(), api.exportsNamedInternalOrQualified());
  }

  @Test
  void theExportedSignaturesNameNoInternalType() throws ClassNotFoundException {
    assertEquals(List.of(), api.internalTypesInExportedSignatures());
  }
}
