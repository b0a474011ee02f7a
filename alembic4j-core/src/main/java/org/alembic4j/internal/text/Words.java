package org.alembic4j.internal.text;

import java.util.ArrayList;
import java.util.List;

/** Splitting on white space by hand: a regular expression is a cold JVM's costly first pattern and lambdas. */
public final class Words {

    private Words() {
    }

    /** The words of {@code text}, separated by any run of white space, in order. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (space && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out;
    }
}
