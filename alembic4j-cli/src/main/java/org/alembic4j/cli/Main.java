package org.alembic4j.cli;

/** Entry point of the {@code alembic} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("alembic4j");
    }
}
