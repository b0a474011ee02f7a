package org.alembic4j.bench;

/** The floor of any JVM tool's start-up: a JVM that prints one line and exits. */
public final class Hello {

    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
