package com.example;

/** Not the class the POM names. */
public final class Other {
  private Other() {}
}
