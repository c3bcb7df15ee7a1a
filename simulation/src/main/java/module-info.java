/**
 * jiuzhu simulation: synthetic populations calibrated per region, microdata in CSV, every
 * programme over many households in parallel into mergeable statistics, reforms as dated
 * parameter overrides, and sweeps of one household's income.
 */
module org.jiuzhu.simulation {
  requires transitive org.jiuzhu.rules;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires commons.math3;

  exports org.jiuzhu.simulation;
}
