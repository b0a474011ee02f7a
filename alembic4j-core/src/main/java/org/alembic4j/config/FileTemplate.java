package org.alembic4j.config;

import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code file_template} option: the name of a new revision file without its extension, as a
 * Python {@code %}-format over the tokens {@code rev}, {@code slug}, {@code epoch} (Unix seconds of
 * the create date), {@code year}, {@code month}, {@code day}, {@code hour}, {@code minute} and
 * {@code second}, e.g. {@code %(year)d_%(month).2d_%(rev)s_%(slug)s}. (In an ini file each
 * {@code %} is written {@code %%}; this is the value after interpolation.) A {@code /} in the
 * result makes subdirectories.
 */
public record FileTemplate(String template) {

    /** Alembic's default: {@code %(rev)s_%(slug)s}. */
    public static final FileTemplate DEFAULT = new FileTemplate("%(rev)s_%(slug)s");

    /** Expands the template; an unknown token or a bad format is an error naming the template. */
    public String render(String rev, String slug, ZonedDateTime createDate) {
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("rev", rev);
        tokens.put("slug", slug);
        tokens.put("epoch", createDate.toEpochSecond());
        tokens.put("year", (long) createDate.getYear());
        tokens.put("month", (long) createDate.getMonthValue());
        tokens.put("day", (long) createDate.getDayOfMonth());
        tokens.put("hour", (long) createDate.getHour());
        tokens.put("minute", (long) createDate.getMinute());
        tokens.put("second", (long) createDate.getSecond());
        return new PercentFormat("file_template", template).apply(tokens);
    }
}
