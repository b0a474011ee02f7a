package org.alembic4j.runtime.db;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.alembic4j.AlembicException;

/**
 * Turns {@code sqlalchemy.url} values into JDBC targets.
 *
 * <p>Accepted forms:
 * <ul>
 *   <li>JDBC URLs, passed through: {@code jdbc:postgresql://...}, {@code jdbc:mariadb://...},
 *       {@code jdbc:mysql://...}, {@code jdbc:sqlite:...}, {@code jdbc:h2:...};</li>
 *   <li>SQLAlchemy URLs {@code dialect[+driver]://[user[:password]@]host[:port]/database[?query]}
 *       for {@code postgresql}, {@code mysql}, {@code mariadb}; user and password are
 *       URL-decoded and sent as connection properties. The {@code +driver} part is ignored;</li>
 *   <li>{@code sqlite:///relative.db} (relative to the working directory, as in Python),
 *       {@code sqlite:////absolute.db}, {@code sqlite://} and {@code sqlite:///:memory:} (memory);</li>
 *   <li>{@code h2:<rest>}, meaning {@code jdbc:h2:<rest>} ({@code h2:mem:x}, {@code h2:file:/p/db},
 *       {@code h2:~/db}); H2 has no SQLAlchemy dialect, so this short form is alembic4j's own.</li>
 * </ul>
 * {@code mysql://} connects with a driver that accepts {@code jdbc:mysql:} if one is present,
 * otherwise through the MariaDB driver ({@code jdbc:mariadb:}), which speaks the same protocol.
 */
public final class DatabaseUrls {

    /** Query keys that only SQLAlchemy/the Python drivers understand; JDBC drivers reject or ignore them. */
    private static final java.util.Set<String> PYTHON_ONLY_QUERY_KEYS = java.util.Set.of("charset", "binary_prefix");

    private DatabaseUrls() {
    }

    /** The JDBC target for a URL in any accepted form. */
    public static JdbcTarget parse(String url) {
        String u = url.strip();
        if (u.isEmpty()) {
            throw new AlembicException("Empty database URL");
        }
        if (u.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return new JdbcTarget(u, Map.of(), dialectOfJdbcUrl(u), u);
        }
        if (u.startsWith("h2:")) {
            return new JdbcTarget("jdbc:" + u, Map.of(), "h2", u);
        }
        String scheme = u.contains(":") ? u.substring(0, u.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        String base = scheme.contains("+") ? scheme.substring(0, scheme.indexOf('+')) : scheme;
        return switch (base) {
            case "sqlite" -> sqlite(u);
            case "postgresql", "postgres" -> server(u, "postgresql", "jdbc:postgresql:");
            case "mysql" -> server(u, "mysql", mysqlJdbcPrefix());
            case "mariadb" -> server(u, "mariadb", "jdbc:mariadb:");
            default -> throw new AlembicException("Can't load plugin: sqlalchemy.dialects:" + base
                    + " (unsupported database URL '" + maskPassword(u) + "'; use a JDBC URL or "
                    + "postgresql://, mysql://, mariadb://, sqlite://, h2:)");
        };
    }

    /**
     * The dialect a URL in any accepted form names, read from its scheme alone (no parsing of the
     * rest, so nothing about it is checked); null when the scheme is not one alembic4j knows.
     */
    public static String dialectOfScheme(String url) {
        String u = url.strip();
        if (u.regionMatches(true, 0, "jdbc:", 0, 5)) {
            try {
                return dialectOfJdbcUrl(u);
            } catch (AlembicException unknown) {
                return null;
            }
        }
        if (u.startsWith("h2:")) {
            return "h2";
        }
        int colon = u.indexOf(':');
        String scheme = colon < 0 ? "" : u.substring(0, colon).toLowerCase(Locale.ROOT);
        int plus = scheme.indexOf('+');
        String base = plus < 0 ? scheme : scheme.substring(0, plus);
        return switch (base) {
            case "sqlite", "mysql", "mariadb" -> base;
            case "postgresql", "postgres" -> "postgresql";
            default -> null;
        };
    }

    /** The dialect name of a JDBC URL, from its sub-protocol. */
    public static String dialectOfJdbcUrl(String jdbcUrl) {
        String rest = jdbcUrl.substring(5).toLowerCase(Locale.ROOT);
        if (rest.startsWith("postgresql:")) {
            return "postgresql";
        }
        if (rest.startsWith("mariadb:")) {
            return "mariadb";
        }
        if (rest.startsWith("mysql:")) {
            return "mysql";
        }
        if (rest.startsWith("sqlite:")) {
            return "sqlite";
        }
        if (rest.startsWith("h2:")) {
            return "h2";
        }
        throw new AlembicException("Unsupported JDBC URL '" + jdbcUrl
                + "'; supported: jdbc:postgresql, jdbc:mariadb, jdbc:mysql, jdbc:sqlite, jdbc:h2");
    }

    /**
     * The dialect name for a JDBC {@code DatabaseMetaData.getDatabaseProductName()} value, for
     * connections the environment hook hands over.
     */
    public static String dialectOfProductName(String productName) {
        String p = productName.toLowerCase(Locale.ROOT);
        if (p.contains("postgres")) {
            return "postgresql";
        }
        if (p.contains("mariadb")) {
            return "mariadb";
        }
        if (p.contains("mysql")) {
            return "mysql";
        }
        if (p.contains("sqlite")) {
            return "sqlite";
        }
        if (p.equals("h2")) {
            return "h2";
        }
        throw new AlembicException("Unsupported database '" + productName
                + "'; supported: PostgreSQL, MySQL, MariaDB, SQLite, H2");
    }

    /** The URL with the password of its user-info part replaced by {@code ***}, as Alembic prints it. */
    public static String maskPassword(String url) {
        return ServerUrl.maskPassword(url);
    }

    private static JdbcTarget sqlite(String url) {
        String rest = url.substring(url.indexOf("://") < 0 ? url.length() : url.indexOf("://") + 3);
        if (!url.contains("://")) {
            throw new AlembicException("Could not parse SQLAlchemy URL from string '" + url + "'");
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q);
            rest = rest.substring(0, q);
        }
        String path;
        if (rest.isEmpty() || rest.equals("/") || rest.equals("/:memory:")) {
            path = ":memory:";
        } else if (rest.startsWith("/")) {
            // sqlite:///rel.db -> "rel.db"; sqlite:////abs.db -> "/abs.db"
            path = rest.substring(1);
        } else {
            throw new AlembicException("Invalid SQLite URL '" + url + "': expected sqlite:///<path>");
        }
        return new JdbcTarget("jdbc:sqlite:" + path + query, Map.of(), "sqlite", url);
    }

    private static JdbcTarget server(String url, String dialect, String jdbcPrefix) {
        ServerUrl parts = ServerUrl.parse(url);
        if (parts == null) {
            throw new AlembicException("Could not parse SQLAlchemy URL from string '" + maskPassword(url) + "'");
        }
        Map<String, String> props = new LinkedHashMap<>();
        if (parts.user() != null && !parts.user().isEmpty()) {
            props.put("user", decode(parts.user()));
        }
        if (parts.password() != null) {
            props.put("password", decode(parts.password()));
        }
        String host = parts.host() == null || parts.host().isEmpty() ? "localhost" : parts.host();
        StringBuilder jdbc = new StringBuilder(jdbcPrefix).append("//").append(host);
        if (parts.port() != null) {
            jdbc.append(':').append(parts.port());
        }
        jdbc.append('/');
        if (parts.db() != null) {
            jdbc.append(decode(parts.db()));
        }
        String query = jdbcQuery(parts.query());
        if (!query.isEmpty()) {
            jdbc.append('?').append(query);
        }
        return new JdbcTarget(jdbc.toString(), props, dialect, maskPassword(url));
    }

    private static String jdbcQuery(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("&")) {
            String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            if (PYTHON_ONLY_QUERY_KEYS.contains(key)) {
                continue;
            }
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(pair);
        }
        return out.toString();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** {@code jdbc:mysql:} when MySQL's own driver is on the class path, else the MariaDB driver's scheme. */
    private static String mysqlJdbcPrefix() {
        return JdbcDrivers.isPresent("com.mysql.cj.jdbc.Driver") ? "jdbc:mysql:" : "jdbc:mariadb:";
    }
}
