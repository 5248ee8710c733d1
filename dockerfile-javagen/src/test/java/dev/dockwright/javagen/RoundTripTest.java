package dev.dockwright.javagen;

import org.junit.jupiter.api.Test;

/** The generated code, compiled and run, gives back a model equal to its input. */
class RoundTripTest {

  @Test
  void handMadeModels() {
    RoundTrip.check(Models.all());
  }
}
