package org.alembic4j.config;

import java.util.Locale;
import java.util.Map;
import org.alembic4j.AlembicException;

/**
 * Python's {@code "..." % mapping} string formatting, the subset a {@code file_template} needs:
 * {@code %(key)[flags][width][.precision]type} with flags {@code -+ 0#}, types {@code s r d i u o
 * x X f F e E}, and {@code %%}. Values are {@link String}s or {@link Long}s.
 */
final class PercentFormat {

    private final String what;
    private final String format;

    /** {@code what} names the format in errors, e.g. {@code file_template}. */
    PercentFormat(String what, String format) {
        this.what = what;
        this.format = format;
    }

    String apply(Map<String, Object> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i++;
            if (i < n && format.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            if (i >= n || format.charAt(i) != '(') {
                throw error("format requires a mapping key, e.g. %(rev)s, at index " + start);
            }
            int close = format.indexOf(')', i);
            if (close < 0) {
                throw error("incomplete format key at index " + start);
            }
            String key = format.substring(i + 1, close);
            i = close + 1;
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ 0#".indexOf(format.charAt(i)) >= 0) {
                flags.append(format.charAt(i++));
            }
            int width = 0;
            while (i < n && Character.isDigit(format.charAt(i))) {
                width = width * 10 + (format.charAt(i++) - '0');
            }
            int precision = -1;
            if (i < n && format.charAt(i) == '.') {
                i++;
                precision = 0;
                while (i < n && Character.isDigit(format.charAt(i))) {
                    precision = precision * 10 + (format.charAt(i++) - '0');
                }
            }
            while (i < n && "hlL".indexOf(format.charAt(i)) >= 0) {
                i++; // length modifiers are accepted and ignored, as in Python
            }
            if (i >= n) {
                throw error("incomplete format at index " + start);
            }
            char type = format.charAt(i++);
            if (!values.containsKey(key)) {
                throw error("unknown token '" + key + "'; known tokens: " + String.join(", ", values.keySet()));
            }
            out.append(convert(values.get(key), key, flags.toString(), width, precision, type, i - 1));
        }
        return out.toString();
    }

    private String convert(Object value, String key, String flags, int width, int precision, char type, int index) {
        String body;
        boolean numeric = true;
        switch (type) {
            case 's', 'r', 'a' -> {
                String text = type == 's' ? String.valueOf(value)
                        : value instanceof String s ? PyText.repr(s) : String.valueOf(value);
                body = precision >= 0 && precision < text.length() ? text.substring(0, precision) : text;
                numeric = false;
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> body = integer(requireNumber(value, key, type), flags, precision, type);
            case 'f', 'F', 'e', 'E' -> {
                double d = requireNumber(value, key, type);
                String spec = "%" + (flags.contains("+") ? "+" : flags.contains(" ") ? " " : "")
                        + (flags.contains("#") ? "#" : "") + "." + (precision < 0 ? 6 : precision) + type;
                body = String.format(Locale.ROOT, spec, d);
            }
            default -> throw error("unsupported format character '" + type + "' at index " + index);
        }
        return pad(body, flags, width, numeric);
    }

    private static String integer(double number, String flags, int precision, char type) {
        long v = (long) number;
        String digits = switch (type) {
            case 'o' -> Long.toOctalString(Math.abs(v));
            case 'x' -> Long.toHexString(Math.abs(v));
            case 'X' -> Long.toHexString(Math.abs(v)).toUpperCase(Locale.ROOT);
            default -> Long.toString(Math.abs(v));
        };
        if (precision > digits.length()) {
            digits = "0".repeat(precision - digits.length()) + digits;
        }
        if (flags.contains("#")) {
            digits = switch (type) {
                case 'o' -> "0o" + digits;
                case 'x' -> "0x" + digits;
                case 'X' -> "0X" + digits;
                default -> digits;
            };
        }
        String sign = v < 0 ? "-" : flags.contains("+") ? "+" : flags.contains(" ") ? " " : "";
        return sign + digits;
    }

    /** Pads to {@code width}: left-justified with '-', zero-filled after the sign with '0'. */
    private static String pad(String body, String flags, int width, boolean numeric) {
        if (body.length() >= width) {
            return body;
        }
        int missing = width - body.length();
        if (flags.contains("-")) {
            return body + " ".repeat(missing);
        }
        if (numeric && flags.contains("0")) {
            int signEnd = 0;
            if (!body.isEmpty() && "+- ".indexOf(body.charAt(0)) >= 0) {
                signEnd = 1;
            }
            if (body.startsWith("0x", signEnd) || body.startsWith("0X", signEnd) || body.startsWith("0o", signEnd)) {
                signEnd += 2;
            }
            return body.substring(0, signEnd) + "0".repeat(missing) + body.substring(signEnd);
        }
        return " ".repeat(missing) + body;
    }

    private double requireNumber(Object value, String key, char type) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw error("%" + type + " format needs a number, but token '" + key + "' is text");
    }

    private AlembicException error(String detail) {
        return new AlembicException(what + " " + PyText.repr(format) + ": " + detail);
    }
}
