/**
 * Text helpers shared by the parser and the lint rules. Not exported by the module: an implementation detail.
 */
package dev.dockwright.text;
