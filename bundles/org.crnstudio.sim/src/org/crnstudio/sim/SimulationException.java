package org.crnstudio.sim;

/**
 * A simulation that cannot run as asked: the message names the offending element and what would be valid;
 * getLine() is that element's source line (0 when it was not read from a file).
 */
public class SimulationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    public SimulationException(String message, int line) {
        super(message);
        this.line = line;
    }

    public SimulationException(String message, int line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    public int getLine() {
        return line;
    }
}
