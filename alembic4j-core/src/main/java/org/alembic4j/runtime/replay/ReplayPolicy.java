package org.alembic4j.runtime.replay;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Decides from its class bytes whether a compiled revision script's offline SQL may be replayed:
 * whether the statements it writes can depend on nothing but its own text and the dialect.
 *
 * <p>A script qualifies when its source compiled to exactly one class, a direct subclass of
 * {@code org.alembic4j.Migration}, and every field and method that class names is its own or on
 * the list below: the {@code op} API and the schema model (without {@code op.context()}, the way
 * to the connection, the {@code -x} arguments and the run), and the parts of the JDK that compute
 * from their arguments alone (strings, numbers, collections, lambdas, string concatenation,
 * {@code java.time} values). Anything else (the clock, randomness, the environment, system
 * properties, files, threads, reflection, the default locale, another class of the script's
 * own) disqualifies it: such a script is run every time, as before.
 *
 * <p>The check is conservative by construction: bytecode can reach other code and state only
 * through the members its constant pool names, so a class that names nothing outside the list
 * cannot read an input the cache key does not cover. Orders the JVM leaves unspecified (the
 * iteration order of {@code Map.of}, identity hash codes) may differ from one run to the next
 * anyway; a replay is one of the outputs a fresh run could have written.
 */
public final class ReplayPolicy {

    private ReplayPolicy() {
    }

    private static final String MIGRATION = "org/alembic4j/Migration";

    /** A rule for the members of one class ({@code a/b/C}) or of a package and its subpackages ({@code a/b/}). */
    private record Rule(String owner, BiPredicate<String, String> allows) {
        boolean covers(String className) {
            return owner.endsWith("/") ? className.startsWith(owner) : className.equals(owner);
        }
    }

    private static final BiPredicate<String, String> ALL = (name, descriptor) -> true;
    private static final BiPredicate<String, String> NONE = (name, descriptor) -> false;

    private static BiPredicate<String, String> only(String... names) {
        Set<String> allowed = Set.of(names);
        return (name, descriptor) -> allowed.contains(name);
    }

    private static BiPredicate<String, String> allBut(String... names) {
        Set<String> denied = Set.of(names);
        return (name, descriptor) -> !denied.contains(name);
    }

    /** Methods that read the default locale (String.format, toLowerCase()) or system properties (Integer.getInteger). */
    private static final BiPredicate<String, String> STRING = (name, descriptor) ->
            !name.equals("format") && !name.equals("formatted")
                    && !((name.equals("toLowerCase") || name.equals("toUpperCase")) && descriptor.startsWith("()"));

    /** The first rule covering a class decides; classes no rule covers are refused. */
    private static final List<Rule> RULES = List.of(
            // alembic4j: the op API and the schema model, not the way out to the run
            new Rule(MIGRATION, (name, descriptor) -> name.equals("<init>") || name.equals("op")),
            new Rule("org/alembic4j/AlembicException", only("<init>")),
            new Rule("org/alembic4j/op/Operations", allBut("context")),
            new Rule("org/alembic4j/op/OperationContext", NONE),
            new Rule("org/alembic4j/op/DefaultOperations", NONE),
            new Rule("org/alembic4j/op/", ALL),
            new Rule("org/alembic4j/schema/", ALL),
            // the JDK: computing from arguments
            new Rule("java/lang/Object", only("<init>", "equals")),
            new Rule("java/lang/String", STRING),
            new Rule("java/lang/StringBuilder", ALL),
            new Rule("java/lang/StringBuffer", ALL),
            new Rule("java/lang/CharSequence", ALL),
            new Rule("java/lang/Integer", allBut("getInteger")),
            new Rule("java/lang/Long", allBut("getLong")),
            new Rule("java/lang/Boolean", allBut("getBoolean")),
            new Rule("java/lang/Short", ALL),
            new Rule("java/lang/Byte", ALL),
            new Rule("java/lang/Character", ALL),
            new Rule("java/lang/Double", ALL),
            new Rule("java/lang/Float", ALL),
            new Rule("java/lang/Number", ALL),
            new Rule("java/lang/Math", allBut("random")),
            new Rule("java/lang/StrictMath", allBut("random")),
            new Rule("java/lang/Enum", ALL),
            new Rule("java/lang/Record", ALL),
            new Rule("java/lang/Iterable", ALL),
            new Rule("java/lang/Comparable", ALL),
            new Rule("java/lang/invoke/LambdaMetafactory", ALL),
            new Rule("java/lang/invoke/StringConcatFactory", ALL),
            new Rule("java/lang/runtime/ObjectMethods", ALL),
            new Rule("java/util/function/", ALL),
            new Rule("java/util/stream/", ALL),
            new Rule("java/util/List", ALL),
            new Rule("java/util/ArrayList", ALL),
            new Rule("java/util/LinkedList", ALL),
            new Rule("java/util/Map", ALL),
            new Rule("java/util/Map$Entry", ALL),
            new Rule("java/util/HashMap", ALL),
            new Rule("java/util/LinkedHashMap", ALL),
            new Rule("java/util/TreeMap", ALL),
            new Rule("java/util/Set", ALL),
            new Rule("java/util/HashSet", ALL),
            new Rule("java/util/LinkedHashSet", ALL),
            new Rule("java/util/TreeSet", ALL),
            new Rule("java/util/Collection", ALL),
            new Rule("java/util/Iterator", ALL),
            new Rule("java/util/Collections", allBut("shuffle")),
            new Rule("java/util/Arrays", ALL),
            new Rule("java/util/Objects", ALL),
            new Rule("java/util/Optional", ALL),
            new Rule("java/util/StringJoiner", ALL),
            new Rule("java/util/Comparator", ALL),
            new Rule("java/util/UUID", allBut("randomUUID")),
            // the constants, for toLowerCase(Locale.ROOT); not the default locale
            new Rule("java/util/Locale", only("ROOT", "ENGLISH", "US", "UK", "forLanguageTag", "toLanguageTag", "equals")),
            new Rule("java/math/BigDecimal", ALL),
            new Rule("java/math/BigInteger", ALL),
            new Rule("java/math/RoundingMode", ALL),
            new Rule("java/math/MathContext", ALL),
            new Rule("java/time/Clock", NONE),
            new Rule("java/time/InstantSource", NONE),
            new Rule("java/time/format/", NONE),
            new Rule("java/time/chrono/", NONE),
            new Rule("java/time/", allBut("now", "systemDefault", "systemUTC", "systemDefaultZone")));

    /**
     * Why the script compiled to {@code classes} (binary name to bytes, everything one source
     * file produced) may not be replayed, or empty when it may.
     */
    public static Optional<String> reasonNotReplayable(Map<String, byte[]> classes) {
        if (classes.size() != 1) {
            return Optional.of("it declares " + classes.size() + " classes");
        }
        ClassFileReferences c;
        try {
            c = ClassFileReferences.parse(classes.values().iterator().next());
        } catch (IllegalArgumentException e) {
            return Optional.of("its class file could not be read (" + e.getMessage() + ")");
        }
        if (!MIGRATION.equals(c.superName())) {
            return Optional.of("it extends " + javaName(c.superName()) + ", not org.alembic4j.Migration");
        }
        for (ClassFileReferences.MemberRef ref : c.references()) {
            if (!allowed(c, ref)) {
                return Optional.of("it uses " + javaName(ref.owner()) + "." + ref.name());
            }
        }
        return Optional.empty();
    }

    private static boolean allowed(ClassFileReferences c, ClassFileReferences.MemberRef ref) {
        String owner = ref.owner();
        if (owner.equals(c.name())) {
            if (c.declared().contains(ref.name() + ref.descriptor())) {
                return true;
            }
            owner = MIGRATION; // inherited: only what Migration itself may be asked for
        }
        if (owner.startsWith("[")) {
            return ref.name().equals("clone"); // arrays have no other members of their own
        }
        for (Rule rule : RULES) {
            if (rule.covers(owner)) {
                return rule.allows().test(ref.name(), ref.descriptor());
            }
        }
        return false;
    }

    private static String javaName(String internalName) {
        return internalName == null ? "nothing" : internalName.replace('/', '.');
    }
}
