package org.alembic4j.runtime.db;

/**
 * The parts of a SQLAlchemy server URL, {@code dialect[+driver]://[user[:password]@]host[:port][/db][?query]},
 * read by hand rather than by a regular expression: compiling a pattern is a cold JVM's costliest
 * first use of lambdas, paid by every command that connects. The grammar is exactly that of
 * SQLAlchemy's URL pattern as alembic4j had it ({@code ServerUrlTest} checks the two agree on
 * random input): user-info up to the first {@code @} before any {@code /}, a bracketed IPv6 host
 * or one up to {@code :}, {@code /} or {@code ?}, a numeric port, the database up to {@code ?},
 * the query to the end. Parts that are absent are null.
 */
record ServerUrl(String user, String password, String host, String port, String db, String query) {

    /** The parts, or null when {@code url} does not have this form. */
    static ServerUrl parse(String url) {
        int at = schemeEnd(url);
        if (at < 0) {
            return null;
        }
        // With user-info first; like the pattern, fall back to reading it all as host and the rest.
        int userEnd = firstOf(url, at, "@/");
        if (userEnd >= 0 && url.charAt(userEnd) == '@') {
            String info = url.substring(at, userEnd);
            int colon = info.indexOf(':');
            String user = colon < 0 ? info : info.substring(0, colon);
            String password = colon < 0 ? null : info.substring(colon + 1);
            ServerUrl withUser = afterUserInfo(url, userEnd + 1, user, password);
            if (withUser != null) {
                return withUser;
            }
        }
        return afterUserInfo(url, at, null, null);
    }

    /** {@code url} with the password of its user-info replaced by {@code ***}, as Alembic prints it. */
    static String maskPassword(String url) {
        int i = 0;
        while (i < url.length() && (isLowerAlnum(url.charAt(i)) || url.charAt(i) == '+')) {
            i++;
        }
        if (i == 0 || !url.startsWith("://", i)) {
            return url;
        }
        int colon = firstOf(url, i + 3, ":@/");
        if (colon < 0 || url.charAt(colon) != ':') {
            return url;
        }
        int at = firstOf(url, colon + 1, "@/");
        if (at < 0 || url.charAt(at) != '@') {
            return url;
        }
        return url.substring(0, colon + 1) + "***" + url.substring(at);
    }

    /** Where the authority starts (after {@code ://}), or -1 when the scheme is malformed. */
    private static int schemeEnd(String url) {
        int i = 0;
        while (i < url.length() && isLowerAlnum(url.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return -1;
        }
        if (i < url.length() && url.charAt(i) == '+') {
            int driver = ++i;
            while (i < url.length() && (isLowerAlnum(url.charAt(i)) || url.charAt(i) == '_')) {
                i++;
            }
            if (i == driver) {
                return -1;
            }
        }
        return url.startsWith("://", i) ? i + 3 : -1;
    }

    private static ServerUrl afterUserInfo(String url, int start, String user, String password) {
        int i = start;
        int n = url.length();
        String host = null;
        if (i < n && url.charAt(i) == '[') {
            int close = url.indexOf(']', i + 1);
            if (close > i + 1) {
                ServerUrl bracketed = afterHost(url, close + 1, user, password, url.substring(i, close + 1));
                if (bracketed != null) {
                    return bracketed;
                }
            }
        }
        int hostEnd = firstOf(url, i, ":/?");
        hostEnd = hostEnd < 0 ? n : hostEnd;
        host = url.substring(i, hostEnd);
        return afterHost(url, hostEnd, user, password, host);
    }

    private static ServerUrl afterHost(String url, int start, String user, String password, String host) {
        int i = start;
        int n = url.length();
        String port = null;
        if (i < n && url.charAt(i) == ':') {
            int digits = i + 1;
            while (digits < n && url.charAt(digits) >= '0' && url.charAt(digits) <= '9') {
                digits++;
            }
            if (digits == i + 1) {
                return null;
            }
            port = url.substring(i + 1, digits);
            i = digits;
        }
        String db = null;
        if (i < n && url.charAt(i) == '/') {
            int dbEnd = url.indexOf('?', i + 1);
            dbEnd = dbEnd < 0 ? n : dbEnd;
            db = url.substring(i + 1, dbEnd);
            i = dbEnd;
        }
        String query = null;
        if (i < n && url.charAt(i) == '?') {
            query = url.substring(i + 1);
            i = n;
        }
        return i == n ? new ServerUrl(user, password, host, port, db, query) : null;
    }

    /** The index of the first of {@code chars} in {@code s} from {@code from}, or -1. */
    private static int firstOf(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLowerAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
