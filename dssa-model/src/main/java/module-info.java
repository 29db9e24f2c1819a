/** The dssa-map domain model and its file formats. */
module org.dssamap.model {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires transitive com.fasterxml.jackson.core;
  requires transitive com.fasterxml.jackson.databind;
  requires org.apache.commons.csv;

  exports org.dssamap.model;
  exports org.dssamap.model.json;
  exports org.dssamap.model.csv;
}
