package org.crnstudio.lang.ide.services;

/**
 * A code template. {@code pattern} uses {@code ${name}} placeholders (each stands for its own name by default; equal
 * names are linked) and {@code ${cursor}} for where the caret goes at the end; lines are separated by "\n".
 */
public record Template(String name, String description, String pattern) {
}
