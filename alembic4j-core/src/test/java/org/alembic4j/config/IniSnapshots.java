package org.alembic4j.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alembic4j.AlembicException;

/** Every key of every section of an ini text, read by {@link IniFile} or by Python's configparser. */
public final class IniSnapshots {

    private IniSnapshots() {
    }

    /** Every key of every section (and DEFAULT) as "section/key" -> value, or ERROR. */
    public static Map<String, String> java(String text, Map<String, String> defaults) {
        IniFile ini;
        try {
            ini = IniFile.parse(text, "test.ini", defaults);
        } catch (AlembicException e) {
            return Map.of("", "PARSE-ERROR");
        }
        Map<String, String> out = new TreeMap<>();
        List<String> sections = new ArrayList<>();
        sections.add(IniFile.DEFAULT_SECTION);
        sections.addAll(ini.sections());
        for (String s : sections) {
            for (String k : ini.rawItems(s).keySet()) {
                String v;
                try {
                    v = ini.get(s, k).orElseThrow();
                } catch (AlembicException e) {
                    v = "ERROR";
                }
                out.put(s + "/" + k, v);
            }
        }
        return out;
    }

    /** The same snapshot from Python's configparser.ConfigParser. */
    public static Map<String, String> python(String text, Map<String, String> defaults) {
        String script = """
                import configparser
                defaults = dict(l.split('=', 1) for l in args[1].split('\\n') if l)
                cp = configparser.ConfigParser(defaults)
                try:
                    cp.read_string(args[0], source='test.ini')
                except Exception:
                    emit('/PARSE-ERROR')
                    sys.exit(0)
                for s in ['DEFAULT'] + cp.sections():
                    keys = list(cp.defaults().keys()) if s == 'DEFAULT' else cp.options(s)
                    for k in keys:
                        try:
                            v = cp.get(s, k)
                        except Exception:
                            v = 'ERROR'
                        emit(s + '/' + k + '=' + v)
                """;
        StringBuilder defaultLines = new StringBuilder();
        defaults.forEach((k, v) -> defaultLines.append(k).append('=').append(v).append('\n'));
        List<String> lines = PythonReference.run(script, List.of(text, defaultLines.toString())).orElseThrow();
        Map<String, String> out = new TreeMap<>();
        for (String line : lines) {
            if (line.equals("/PARSE-ERROR")) {
                return Map.of("", "PARSE-ERROR");
            }
            int eq = line.indexOf('=', line.indexOf('/'));
            out.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return out;
    }
}
