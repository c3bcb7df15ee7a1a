/** A consumer of jiuzhu on the module path: it can use only what jiuzhu exports. */
module org.jiuzhu.examples.modular {
  requires org.jiuzhu.rules;

  exports org.jiuzhu.examples.modular;
}
