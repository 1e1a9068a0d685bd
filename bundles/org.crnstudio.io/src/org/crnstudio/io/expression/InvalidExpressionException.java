package org.crnstudio.io.expression;

/** An expression that cannot be evaluated; names the problem and carries the source line (0 when unknown). */
public final class InvalidExpressionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    public InvalidExpressionException(String message, int line) {
        super(message);
        this.line = line;
    }

    public int getLine() {
        return line;
    }
}
