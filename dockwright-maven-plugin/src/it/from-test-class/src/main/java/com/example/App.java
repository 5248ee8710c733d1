package com.example;

/** The application: it does not see Dockwright, which is a test dependency. */
public final class App {
  private App() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
