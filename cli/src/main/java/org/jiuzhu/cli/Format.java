package org.jiuzhu.cli;

/** Output formats. */
enum Format {
  text,
  json
}
