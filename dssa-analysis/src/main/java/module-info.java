/**
 * Pure analysis of dssa-map maps: coverage, gaps, overlaps, outsourcing, escalation, comparison, surveys; and its
 * output formats (analysis, diff and survey JSON, the text forms).
 */
module org.dssamap.analysis {
  requires transitive org.dssamap.model;
  requires transitive com.google.common;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports org.dssamap.analysis;
  exports org.dssamap.analysis.diff;
  exports org.dssamap.analysis.escalation;
  exports org.dssamap.analysis.format;
  exports org.dssamap.analysis.outsourcing;
  exports org.dssamap.analysis.survey;
}
