package org.crnstudio.ui;

/** One example file to put into a project: its name and its bytes. */
public record ExampleFile(String name, byte[] contents) {
}
